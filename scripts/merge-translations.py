#!/usr/bin/env python3
"""Fills the Danish .ts file from tab-separated lists of translations.

Developer tool (not needed to build or run): after `cmake --build build --target
update_translations` has added new source strings to resources/translations/medicinsikker_da.ts,
run this with one or more TSV files whose lines are `context<TAB>English source<TAB>Danish`.
Every unfinished message whose context and source match gets the Danish text and is marked
finished. TSV files after `--override` correct messages that are already translated (a wording
review, e.g. pending/phrasing.tsv); an override that matches no message is an error. Messages it cannot fill are listed, so nothing is left untranslated by accident.
"""
import sys
import xml.etree.ElementTree as ET

TS = "resources/translations/medicinsikker_da.ts"


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def load_pairs(paths):
    pairs = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{number}: expected 3 tab-separated columns")
                context, source, danish = (unescape(p) for p in parts)
                pairs[(context, source)] = danish
    return pairs


def main():
    # Files after --override hold corrected Danish for messages that are already translated
    # (a wording review); they replace the finished text as well. The others only fill
    # unfinished messages.
    args = sys.argv[1:]
    split = args.index("--override") if "--override" in args else len(args)
    pairs = load_pairs(args[:split])
    overrides = load_pairs(args[split + 1:])
    unused = set(overrides)
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None:
                continue
            # Helpers may name a context without its namespace ("MainWindow" for
            # "medsafe::app::MainWindow"); the full name wins where both exist.
            short = name.split("::")[-1]
            danish = overrides.get((name, source), overrides.get((short, source)))
            if danish is not None:
                unused.discard((name, source))
                unused.discard((short, source))
            elif translation.get("type") != "unfinished":
                continue
            else:
                danish = pairs.get((name, source), pairs.get((short, source)))
            if danish is None:
                missing.append(f"{name}\t{source}")
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in danish.split("|"):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = danish
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    with open(TS, "r+", encoding="utf-8") as handle:
        text = handle.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                     '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        handle.seek(0)
        handle.write(text)
        handle.truncate()
    for line in missing:
        print("untranslated:", line)
    for context, source in sorted(unused):
        print("override matches no message:", context, source)
    return 1 if missing or unused else 0


if __name__ == "__main__":
    sys.exit(main())
