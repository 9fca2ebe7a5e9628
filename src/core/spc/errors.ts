// Typed failures, so a caller can point at the bad value or option instead of parsing a message.

/** A value that is not a finite number; `index` is 0-based. */
export class SpcInputError extends Error {
  constructor(
    readonly index: number,
    readonly value: number,
  ) {
    super(`Value ${index} (counting from 0) is not a finite number: ${String(value)}.`);
    this.name = 'SpcInputError';
  }
}

/** An option that cannot be applied to this series, such as a rebase index out of range. */
export class SpcOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpcOptionsError';
  }
}
