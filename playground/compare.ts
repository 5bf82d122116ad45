// The split view: a copy of "before" lies over "after" and is cut at the split position, so
// one picture shows both sides of a detail at the same place on screen.

/** Copies the painted "before" into the overlay. */
export function copyBefore(before: HTMLCanvasElement, overlay: HTMLCanvasElement): void {
  if (overlay.width !== before.width || overlay.height !== before.height) {
    overlay.width = before.width;
    overlay.height = before.height;
  }
  overlay.getContext('2d')!.drawImage(before, 0, 0);
}

/** Shows "before" over the left `percent` of the frame. */
export function setSplit(overlay: HTMLCanvasElement, slider: HTMLInputElement): void {
  const percent = Number(slider.value);
  overlay.style.clipPath = `inset(0 ${100 - percent}% 0 0)`;
  overlay.hidden = percent === 0;
  slider.setAttribute('aria-valuetext', percent === 0 ? 'after only' : `before on the left ${percent}%`);
}
