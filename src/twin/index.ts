import type { Kernels } from '../kernels.js';
import { clahe } from './clahe.js';
import { equalizeHist } from './equalizeHist.js';
import { firstAbove, histogram } from './histogram.js';

/** The pure-TypeScript kernels. */
export const twinKernels: Kernels = { histogram, equalizeHist, clahe, firstAbove };
