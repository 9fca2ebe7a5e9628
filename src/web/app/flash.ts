// A one-off success message for the next page. Most pages pass it in navigation state; signing
// out cannot (the route guards redirect on their own as the session ends), so it uses this store.
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
