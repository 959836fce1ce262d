extension JrnlMessage {
  var en: String {
    switch self {
    case .unreadable: "no such file, or it cannot be read"
    case .summary(let imported, let unchanged, let skipped, let failed):
      "imported: \(imported), unchanged: \(unchanged), skipped: \(skipped), files failed: \(failed)"
    case .unknownDirective(let directive):
      "--date-format: '\(directive)' is not a known directive (%Y %m %d %H %I %M %S %p %b %B %a %A %y %F %T %R %r %D)"
    case .again: "correct it and import the file again (entries already imported are not added twice)"
    case .textBeforeFirstImported:
      "text before the first entry: imported as an entry of its own, dated as the first one (bilan delete ID removes it)"
    case .textBeforeFirstSkipped:
      "text before the first entry, with no readable entry to date it: skipped; give it a header such as [2024-03-01 09:15] and import again"
    case .noMonth(let month): "there is no month \(month)"
    case .noDay(let day, let month, let year): "month \(month) of \(year) has no day \(day)"
    case .noTime(let time): "there is no time \(time)"
    case .impossibleDate(let text, let why): "impossible date '\(text)' (\(why)): entry skipped; "
    case .notTheDateFormat(let format):
      "it does not match --date-format '\(format)': write it so, or give the right format"
    case .writeTheDate:
      "write it as 2024-03-01 09:15, or give its format with --date-format (e.g. '%d.%m.%Y %H:%M')"
    case .unreadableDate(let text): "unreadable date '\(text)': entry skipped; "
    case .thenImportAgain: ", then import again"
    case .datedLineInBody(let text):
      "a line starting with a date ('\(text)'): kept in the body of the entry above, as jrnl reads it; if it starts an entry, put a blank line before it and import again"
    case .bracketInBody(let text):
      "'[\(text)]' may be a date to jrnl, but bilan cannot read it: kept in the entry's body; if it starts an entry, give its format with --date-format and import again"
    case .bracketlessEntries:
      "from here on, a line starting with a date and time after a blank line starts an entry (jrnl 1.x); jrnl 4 would keep it in the entry above"
    case .notADayFile:
      "not a day file of a jrnl folder journal (YYYY/MM/DD.txt): not read; move it to its day's path to import it"
    }
  }
}
