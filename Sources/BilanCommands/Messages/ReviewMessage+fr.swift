extension ReviewMessage {
  var fr: String {
    switch self {
    case .storedAlready(let id):
      "Le même bilan est déjà enregistré, comme entrée #\(id) : rien n'a été ajouté."
    case .stored(let id):
      "Le bilan est enregistré comme entrée #\(id) (type review) : le suivant commencera où il s'arrête."
    case .emptyPeriod(let since, let until):
      "--until (\(until)) doit venir après le début du bilan (\(since))."
    case .cannotWrite(let path, let reason): "impossible d'écrire \(path) : \(reason)"
    case .nothingToMap:
      "Rien à cartographier pour l'instant : un essai (« assess COMPÉTENCE --set portfolio ») ou un référentiel (« framework use ID --stage S ») donne des exigences."
    case .mapLegend: "■ a une preuve  □ manque ; les compétences aux preuves les plus anciennes d'abord"
    }
  }
}
