// OpenCV's BT.601 weights for RGB ↔ YCrCb (and RGB → gray) in fixed point with 14 fractional
// bits, written once: the kernel (ycrcb.ts), its twin (src/twin/ycrcb.ts) and the playground's
// gray view import them. Plain numbers without AssemblyScript types, so that TypeScript
// compiles this file too.
export const SHIFT = 14;
export const HALF = 1 << (SHIFT - 1);
export const R_TO_Y = 4899;
export const G_TO_Y = 9617;
export const B_TO_Y = 1868;
export const TO_CR = 11682;
export const TO_CB = 9241;
export const CR_TO_R = 22987;
export const CR_TO_G = -11698;
export const CB_TO_G = -5636;
export const CB_TO_B = 29049;
