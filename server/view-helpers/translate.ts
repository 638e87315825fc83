// {{t "key" name=value}}: a catalogue message in the page's locale.
import Handlebars, { type HelperOptions } from "handlebars";
import { directionOf, isolated, translate, type Locale } from "../i18n";

function localeOf(options: HelperOptions): Locale {
  return (options.data?.root?.locale as Locale) ?? "en";
}

/**
 * The message, escaped by Handlebars as usual. A param made by a helper that returns markup (such as
 * {{lang}}) keeps its markup: the message and the other params are escaped, that param is inserted as is.
 */
function message(locale: Locale, key: string, params: Record<string, unknown>): string | Handlebars.SafeString {
  const markup = Object.entries(params).filter((e): e is [string, Handlebars.SafeString] => typeof (e[1] as { toHTML?: unknown } | null)?.toHTML === "function");
  if (markup.length === 0) return translate(locale, key, params);
  // Private-use characters stand in for the markup params while the message is filled in and escaped
  // (no letters or digits, so translate() does not isolate them: the markup is a <bdi> already).
  const marker = (i: number) => `\uE000${String.fromCharCode(0xe100 + i)}\uE001`;
  const withMarkers = { ...params, ...Object.fromEntries(markup.map(([name], i) => [name, marker(i)])) };
  let html = Handlebars.escapeExpression(translate(locale, key, withMarkers));
  markup.forEach(([, safe], i) => {
    html = html.split(marker(i)).join(safe.toHTML());
  });
  return new Handlebars.SafeString(html);
}

export const translationHelpers = {
  t(key: string, options: HelperOptions): string | Handlebars.SafeString {
    return message(localeOf(options), key, options.hash ?? {});
  },
  /** {{tk "prefix." value}}: translates a key built from a prefix and a value, e.g. gate states. */
  tk(prefix: string, value: string, options: HelperOptions): string | Handlebars.SafeString {
    return message(localeOf(options), `${prefix}${value}`, options.hash ?? {});
  },
  /**
   * {{isolate project.name}}: the value between FSI and PDI in a right-to-left page when it has
   * left-to-right letters or digits, as translate() fills params in; for text where no <bdi> can go
   * (<title>, attribute values).
   */
  isolate(value: unknown, options: HelperOptions): string {
    const text = value === undefined || value === null ? "" : String(value);
    return directionOf(localeOf(options)) === "rtl" ? isolated(text) : text;
  },
  /**
   * {{lang "en" "File › Save As"}}: text in another language, marked as such (<bdi lang="en">), e.g. the
   * English menu names of another program quoted in a Persian sentence: {{t "key" menu=(lang "en" "…")}}.
   * Screen readers switch voice, and the words keep their own direction.
   */
  lang(code: string, text: string): Handlebars.SafeString {
    return new Handlebars.SafeString(`<bdi lang="${Handlebars.escapeExpression(code)}">${Handlebars.escapeExpression(text)}</bdi>`);
  },
};
