// Side-by-side zoom: both frames show their pictures at the same scale, and scrolling one
// scrolls the other to the same place, so a detail is seen before and after at once.

/** "fit" fills the frame; a number is screen pixels per image pixel (at the page's zoom). */
export type Zoom = 'fit' | number;

/** Sizes a frame's canvases for `zoom`; the frame scrolls when they are larger than it. */
export function applyZoom(frame: HTMLElement, zoom: Zoom): void {
  frame.classList.toggle('zoomed', zoom !== 'fit');
  for (const canvas of Array.from(frame.querySelectorAll('canvas'))) {
    canvas.style.width = zoom === 'fit' ? '' : `${canvas.width * zoom}px`;
    canvas.style.height = zoom === 'fit' ? '' : `${canvas.height * zoom}px`;
  }
}

/** Keeps the frames' scroll positions equal, whichever one the user scrolls. */
export function linkScrolling(frames: HTMLElement[]): void {
  for (const frame of frames) {
    frame.addEventListener('scroll', () => {
      for (const other of frames) {
        // The other frame's own scroll event then finds this one in place: no ping-pong.
        const apart = Math.abs(other.scrollLeft - frame.scrollLeft) + Math.abs(other.scrollTop - frame.scrollTop);
        if (apart > 0.5) other.scrollTo(frame.scrollLeft, frame.scrollTop);
      }
    });
  }
}
