import ArgumentParser
import BilanCore
import Foundation

/// `import --from jrnl`: jrnl journals, each file (or folder journal) whole, then stored at once; what is
/// not imported as it stands is reported by file and line, and counted.
struct JrnlImporter: Importer {
  let id = "jrnl"
  let summary = LocalizedText(
    fr:
      "un journal jrnl : son fichier, ceux de jrnl 1.x sans crochets, son dossier de fichiers AAAA/MM/JJ.txt, ou son --export json ; heures lues dans le fuseau local",
    en:
      "a jrnl journal: its file, 1.x files without brackets too, its folder of YYYY/MM/DD.txt files, or its --export json; times read in the local zone"
  )
  let options: Set<ImportOption> = [.dateFormat]

  func run(_ request: ImportRequest, _ context: Context) throws {
    let paths = request.paths
    let reading = try Self.jrnlReading(request.dateFormat, context)
    let journal = try context.journal()
    // jrnl's times have no zone: the local one, or the test clock's offset.
    let zone =
      context.environment["BILAN_NOW"] != nil
      ? TimeZone(secondsFromGMT: context.now.utcOffset) ?? .current : TimeZone.current
    var counts = (imported: 0, unchanged: 0, skipped: 0, failed: 0)
    for path in paths {
      guard FileManager.default.isReadableFile(atPath: path) else {
        context.warn("\(path):1: " + context.say("introuvable ou illisible", "no such file, or it cannot be read"))
        counts.failed += 1
        continue
      }
      let notes = JrnlNotes()
      let (language, now) = (context.language, context.now.date)
      do {
        // The plain-text file is read as it is stored, a block at a time; jrnl's JSON export at once.
        let done =
          if Import.isFolder(path) {
            try journal.importJrnl(timeZone: zone, language: language, now: now) { add in
              notes.append(try JrnlJournal.read(folder: path, reading: reading, add))
            }
          } else if try Import.startsWithBrace(path) {
            try journal.importJrnl(
              try JrnlJournal.parse(json: Data(contentsOf: URL(fileURLWithPath: path))), timeZone: zone,
              language: language, now: now)
          } else {
            try journal.importJrnl(timeZone: zone, language: language, now: now) { add in
              notes.append(try JrnlJournal.read(file: path, reading: reading, add))
            }
          }
        counts.imported += done.imported
        counts.unchanged += done.unchanged
        for note in notes.all {
          context.warn(
            "\(note.file.isEmpty ? path : note.file):\(note.line): " + Self.say(note, request.dateFormat, context))
          if note.skips { counts.skipped += 1 }
        }
      } catch let problem as JrnlJournal.Problem {
        context.warn("\(problem.file ?? path):\(problem.line): \(problem.message)")
        counts.failed += 1
      }
    }
    context.out(
      context.say(
        "importées : \(counts.imported), inchangées : \(counts.unchanged), ignorées : \(counts.skipped), fichiers en échec : \(counts.failed)",
        "imported: \(counts.imported), unchanged: \(counts.unchanged), skipped: \(counts.skipped), files failed: \(counts.failed)"
      ))
    if counts.failed > 0 || counts.skipped > 0 { throw CommandFailed() }
  }

  /// `--date-format`, checked before anything is read.
  private static func jrnlReading(_ dateFormat: String?, _ context: Context) throws -> JrnlReading {
    var reading = JrnlReading()
    if let dateFormat {
      do {
        reading.format = try JrnlDateFormat(dateFormat)
      } catch {
        throw BilanUsageError(
          context.say(
            "--date-format : '\(error.directive)' n'est pas une directive connue (%Y %m %d %H %I %M %S %p %b %B %a %A %y %F %T %R %r %D)",
            "--date-format: '\(error.directive)' is not a known directive (%Y %m %d %H %I %M %S %p %b %B %a %A %y %F %T %R %r %D)"
          ))
      }
    }
    return reading
  }

  /// What a note says, and the fix.
  private static func say(_ note: JrnlNote, _ dateFormat: String?, _ context: Context) -> String {
    let again = context.say(
      "corrigez-la et importez le fichier à nouveau (les entrées déjà importées ne sont pas doublées)",
      "correct it and import the file again (entries already imported are not added twice)")
    switch note.kind {
    case .textBeforeFirstEntry(imported: true):
      return context.say(
        "texte avant la première entrée : importé comme une entrée à part, datée comme la première (bilan delete ID l'enlève)",
        "text before the first entry: imported as an entry of its own, dated as the first one (bilan delete ID removes it)"
      )
    case .textBeforeFirstEntry(imported: false):
      return context.say(
        "texte avant la première entrée, sans entrée lisible pour le dater : ignoré ; donnez-lui un en-tête tel que [2024-03-01 09:15] et importez à nouveau",
        "text before the first entry, with no readable entry to date it: skipped; give it a header such as [2024-03-01 09:15] and import again"
      )
    case .impossibleDate(let text, let trouble):
      let why: String
      switch trouble {
      case .noMonth(let month): why = context.say("il n'y a pas de mois \(month)", "there is no month \(month)")
      case .noDay(let day, let month, let year):
        why = context.say("le \(month)/\(year) n'a pas de jour \(day)", "month \(month) of \(year) has no day \(day)")
      case .noTime(let hour, let minute):
        let time = String(format: "%02d:%02d", hour, minute)
        why = context.say("pas d'heure \(time)", "there is no time \(time)")
      }
      return context.say(
        "date impossible '\(text)' (\(why)) : entrée ignorée ; ", "impossible date '\(text)' (\(why)): entry skipped; ")
        + again
    case .unreadableDate(let text):
      let fix =
        dateFormat.map {
          context.say(
            "elle ne suit pas --date-format '\($0)' : écrivez-la ainsi, ou donnez le bon format",
            "it does not match --date-format '\($0)': write it so, or give the right format")
        }
        ?? context.say(
          "écrivez-la 2024-03-01 09:15, ou donnez son format avec --date-format (par exemple '%d.%m.%Y %H:%M')",
          "write it as 2024-03-01 09:15, or give its format with --date-format (e.g. '%d.%m.%Y %H:%M')")
      return context.say("date illisible '\(text)' : entrée ignorée ; ", "unreadable date '\(text)': entry skipped; ")
        + fix + context.say(", puis importez à nouveau", ", then import again")
    case .datedLineInBody(let text):
      return context.say(
        "ligne commençant par une date ('\(text)') : gardée dans le texte de l'entrée au-dessus, comme jrnl la lit ; si elle ouvre une entrée, mettez une ligne vide avant et importez à nouveau",
        "a line starting with a date ('\(text)'): kept in the body of the entry above, as jrnl reads it; if it starts an entry, put a blank line before it and import again"
      )
    case .bracketInBody(let text):
      return context.say(
        "'[\(text)]' pourrait être une date pour jrnl, mais bilan ne la lit pas : gardée dans le texte de l'entrée ; si elle ouvre une entrée, donnez son format avec --date-format et importez à nouveau",
        "'[\(text)]' may be a date to jrnl, but bilan cannot read it: kept in the entry's body; if it starts an entry, give its format with --date-format and import again"
      )
    case .bracketlessEntries:
      return context.say(
        "à partir d'ici, une ligne qui commence par une date et une heure après une ligne vide ouvre une entrée (jrnl 1.x) ; jrnl 4 la garderait dans l'entrée au-dessus",
        "from here on, a line starting with a date and time after a blank line starts an entry (jrnl 1.x); jrnl 4 would keep it in the entry above"
      )
    case .notADayFile:
      return context.say(
        "pas un fichier du jour d'un journal-dossier jrnl (AAAA/MM/JJ.txt) : non lu ; déplacez-le au chemin de son jour pour l'importer",
        "not a day file of a jrnl folder journal (YYYY/MM/DD.txt): not read; move it to its day's path to import it")
    }
  }
}
