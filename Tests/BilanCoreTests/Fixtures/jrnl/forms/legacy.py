# jrnl 4.6's reading of a jrnl 1.x journal (the class its upgrade opens it with), exported as its --export json.
import sys
from jrnl.journals.Journal import LegacyJournal
from jrnl.plugins.json_exporter import JSONExporter
path, fmt = sys.argv[1], sys.argv[2]
config = {"journal": path, "timeformat": fmt, "tagsymbols": "#@", "encrypt": False, "default_hour": 9,
          "default_minute": 0, "highlight": False, "linewrap": 79, "indent_character": "|", "template": False,
          "colors": {"body": "none", "date": "none", "tags": "none", "title": "none"}, "editor": ""}
j = LegacyJournal("default", **config).open()
print(JSONExporter.export_journal(j))
