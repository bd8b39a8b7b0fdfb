// BullMQ sandbox entry (runs in a child process so the parent keeps renewing job locks while this one
// works): register tsx, then load the TypeScript processor.
import '../bin/register.mjs';

// A sandbox orphaned by a killed worker exits instead of lingering; its job returns as stalled.
process.on('disconnect', () => process.exit(0));
const mod = await import('./job-processor.ts');
export default mod.default;
