/**
 * Writes to the DOM only what differs. The time layers redraw on every animation frame while
 * playing, and most of what they would write (a heartbeat bar's position, a label that changes
 * every 100 ms, a class) is what is already there; the browser does not compare: every
 * setAttribute, textContent or classList write invalidates style or layout and queues a mutation
 * record even when the value is the same (issue 15, item 6: a third of the 9-server bench's DOM
 * writes). Reading an attribute back is cheap (no style or layout).
 */

export function setAttr(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

export function setClass(el: Element, name: string, on: boolean): void {
  if (el.classList.contains(name) !== on) el.classList.toggle(name, on);
}

/** An inline style property; `value` as the browser writes it back (e.g. "0.5", not "0.50"). */
export function setStyle(el: HTMLElement | SVGElement, name: string, value: string): void {
  if (el.style.getPropertyValue(name) !== value) el.style.setProperty(name, value);
}
