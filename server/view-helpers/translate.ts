// {{t "key" name=value}}: a catalogue message in the page's locale.
import type { HelperOptions } from "handlebars";
import { translate, type Locale } from "../i18n";

function localeOf(options: HelperOptions): Locale {
  return (options.data?.root?.locale as Locale) ?? "en";
}

export const translationHelpers = {
  t(key: string, options: HelperOptions): string {
    return translate(localeOf(options), key, options.hash ?? {});
  },
  /** {{tk "prefix." value}}: translates a key built from a prefix and a value, e.g. gate states. */
  tk(prefix: string, value: string, options: HelperOptions): string {
    return translate(localeOf(options), `${prefix}${value}`, options.hash ?? {});
  },
};
