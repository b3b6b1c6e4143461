import type { OperationArgs, OperationName } from '../operations.js';
import type { CallMemory } from './operation-specs.js';
import { OPERATION_SPECS } from './operation-specs.js';

/**
 * The data of an Ok made by a `succeed()` rule (e.g. 1003), from the arguments alone: the
 * completion event, if any, carried a failure code and no data worth reading.
 */
export function succeedData<Op extends OperationName>(
  op: Op,
  args: OperationArgs[Op],
  memory: CallMemory,
): unknown {
  const a = args as Record<string, unknown>;
  return OPERATION_SPECS[op].data(
    args,
    {
      filePath: typeof a.filePath === 'string' ? a.filePath : '',
      fileId: typeof a.fileId === 'string' ? a.fileId : '',
      text: '',
    },
    memory,
  );
}
