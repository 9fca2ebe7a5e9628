import { runImportCommand } from './import-command.js';
import { withDatabase } from './server-commands.js';

export async function importCommand(kind: 'units' | 'staff', file: string, options: { organisation?: string }): Promise<void> {
  process.exitCode = await withDatabase((handle) =>
    runImportCommand(handle, {
      kind,
      file,
      ...(options.organisation ? { organisationId: options.organisation } : {}),
      log: (line) => console.log(line),
    }),
  );
}
