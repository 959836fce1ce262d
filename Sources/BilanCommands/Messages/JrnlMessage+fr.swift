extension JrnlMessage {
  var fr: String {
    switch self {
    case .unreadable: "introuvable ou illisible"
    case .summary(let imported, let unchanged, let skipped, let failed):
      "importées : \(imported), inchangées : \(unchanged), ignorées : \(skipped), fichiers en échec : \(failed)"
    case .unknownDirective(let directive):
      "--date-format : '\(directive)' n'est pas une directive connue (%Y %m %d %H %I %M %S %p %b %B %a %A %y %F %T %R %r %D)"
    case .again:
      "corrigez-la et importez le fichier à nouveau (les entrées déjà importées ne sont pas doublées)"
    case .textBeforeFirstImported:
      "texte avant la première entrée : importé comme une entrée à part, datée comme la première (bilan delete ID l'enlève)"
    case .textBeforeFirstSkipped:
      "texte avant la première entrée, sans entrée lisible pour le dater : ignoré ; donnez-lui un en-tête tel que [2024-03-01 09:15] et importez à nouveau"
    case .noMonth(let month): "il n'y a pas de mois \(month)"
    case .noDay(let day, let month, let year): "le \(month)/\(year) n'a pas de jour \(day)"
    case .noTime(let time): "pas d'heure \(time)"
    case .impossibleDate(let text, let why): "date impossible '\(text)' (\(why)) : entrée ignorée ; "
    case .notTheDateFormat(let format):
      "elle ne suit pas --date-format '\(format)' : écrivez-la ainsi, ou donnez le bon format"
    case .writeTheDate:
      "écrivez-la 2024-03-01 09:15, ou donnez son format avec --date-format (par exemple '%d.%m.%Y %H:%M')"
    case .unreadableDate(let text): "date illisible '\(text)' : entrée ignorée ; "
    case .thenImportAgain: ", puis importez à nouveau"
    case .datedLineInBody(let text):
      "ligne commençant par une date ('\(text)') : gardée dans le texte de l'entrée au-dessus, comme jrnl la lit ; si elle ouvre une entrée, mettez une ligne vide avant et importez à nouveau"
    case .bracketInBody(let text):
      "'[\(text)]' pourrait être une date pour jrnl, mais bilan ne la lit pas : gardée dans le texte de l'entrée ; si elle ouvre une entrée, donnez son format avec --date-format et importez à nouveau"
    case .bracketlessEntries:
      "à partir d'ici, une ligne qui commence par une date et une heure après une ligne vide ouvre une entrée (jrnl 1.x) ; jrnl 4 la garderait dans l'entrée au-dessus"
    case .notADayFile:
      "pas un fichier du jour d'un journal-dossier jrnl (AAAA/MM/JJ.txt) : non lu ; déplacez-le au chemin de son jour pour l'importer"
    }
  }
}
