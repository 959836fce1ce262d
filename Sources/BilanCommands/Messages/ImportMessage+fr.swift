extension ImportMessage {
  var fr: String {
    switch self {
    case .publishedPassedOver(let n): "\(n) pages écrites par « publish » et inchangées depuis : passées."
    case .noSuchPath: "introuvable"
    case .unreadable: "illisible (vérifiez ses droits)"
    case .imageNotFound(let ref): "image introuvable : \(ref)"
    case .imported(let id, let file): "#\(id) importé de \(file)"
    case .updated(let id, let file): "#\(id) mis à jour depuis \(file)"
    case .copy(let file, let id, let path): "\(file) : mêmes octets que #\(id), importé de \(path) ; rien de nouveau"
    case .summary(let imported, let updated, let unchanged, let failed):
      "importés : \(imported), mis à jour : \(updated), inchangés : \(unchanged), en échec : \(failed)"
    case .almost(let set, let matched, let expected):
      "presque le jeu « \(set) » (\(matched) titres sur \(expected)) : gardé tel quel, sans jeu de questions"
    case .strayInstead(let heading, let instead, let almost):
      "« \(heading) » n'est pas « \(instead) » du jeu ; \(almost). Renommez le titre et réimportez pour le lier au jeu."
    case .stray(let heading, let almost): "« \(heading) » n'est aucun titre du jeu ; \(almost)."
    case .moreStrays(let n, let set): "et \(n) autres titres hors du jeu « \(set) »"
    case .missingHeading(let heading, let almost): "il manque le titre « \(heading) » ; \(almost)."
    case .missingPath: "Il manque le chemin : bilan import CHEMIN…"
    case .onlyWith(let flag, let formats): "\(flag) ne vaut qu'avec --from \(formats)"
    }
  }
}
