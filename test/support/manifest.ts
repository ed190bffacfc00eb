import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

/** Parses a manifest and answers the structural questions the XSD cannot. */
export class Manifest {
  readonly doc: Document;

  constructor(readonly xml: string) {
    this.doc = new DOMParser().parseFromString(xml, "text/xml");
  }

  all(tag: string): Element[] {
    return Array.from(this.doc.getElementsByTagName(tag));
  }

  /** Every `resid` attribute in the manifest, with the element that uses it. */
  residUses(): { element: string; resid: string }[] {
    const uses: { element: string; resid: string }[] = [];
    const walk = (node: Element) => {
      const resid = node.getAttribute("resid");
      if (resid) uses.push({ element: node.tagName, resid });
      for (const child of Array.from(node.childNodes)) if (child.nodeType === 1) walk(child as Element);
    };
    walk(this.doc.documentElement!);
    return uses;
  }

  /** Resource ids defined under <Resources>, by kind (Images, Urls, ShortStrings, LongStrings). */
  resources(kind: string): Map<string, Element> {
    const section = this.all(`bt:${kind}`)[0];
    const map = new Map<string, Element>();
    if (!section) return map;
    for (const child of Array.from(section.childNodes)) {
      if (child.nodeType === 1) {
        const el = child as Element;
        map.set(el.getAttribute("id") ?? "", el);
      }
    }
    return map;
  }

  resourceValue(kind: string, id: string): string | undefined {
    return this.resources(kind).get(id)?.getAttribute("DefaultValue") ?? undefined;
  }

  text(tag: string): string | undefined {
    return this.all(tag)[0]?.textContent ?? undefined;
  }

  /** Every URL the manifest names: DefaultValue/Value attributes and AppDomain text. */
  urls(): string[] {
    const found = new Set<string>();
    for (const m of this.xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)) found.add(m[1]!);
    for (const d of this.all("AppDomain")) found.add(d.textContent ?? "");
    return [...found];
  }
}
