// A burst instance in its own process, so the burst can kill it mid-flight (SIGKILL).
import { runChildInstance } from './instance.js';

await runChildInstance();
