/** Creates an element with attributes and children: the pane's only DOM helper. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Marks a button unavailable without `disabled`: a disabled button drops keyboard focus to the
 * page, and the user who just pressed it would lose their place. Clicks are refused by the
 * pane's state, not by the attribute.
 */
export function setUnavailable(button: HTMLElement, unavailable: boolean): void {
  if (unavailable) button.setAttribute("aria-disabled", "true");
  else button.removeAttribute("aria-disabled");
}
