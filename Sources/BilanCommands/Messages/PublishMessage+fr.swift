extension PublishMessage {
  var fr: String {
    switch self {
    case .notAFolder(let root): "\(root) est un fichier, pas un dossier de site."
    case .noHugoConfig(let root, let dir):
      "\(root) n'a pas de configuration Hugo : « publish \(dir) --init » crée un site minimal."
    case .linkToNoPage(let target): "lien sans page : \(target)"
    case .brokenLinks(let n):
      "\(n) lien(s) sans page : rien n'a été écrit (--allow-broken-links pour publier quand même)."
    case .leadsOutside(let path):
      "rien n'a été écrit : \(path) mènerait hors du site (un lien symbolique ?) ; retirez le lien ou publiez ailleurs."
    case .notBilans: "ce fichier n'est pas de bilan"
    case .filesInTheWay: "rien n'a été écrit : des fichiers à vous sont en place ; --force pour les remplacer."
    case .replaced(let path, let copy): "\(path) remplacé ; copie gardée : \(copy)"
    case .editedByHand(let path): "\(path) a été modifié à la main : gardé, bilan ne le gère plus."
    case .nothingChanged(let n): "Rien n'a changé (\(n) fichiers)."
    case .summary(let created, let updated, let unchanged, let removed):
      "créés : \(created), mis à jour : \(updated), inchangés : \(unchanged), retirés : \(removed)"
    case .siteCompleted(let root): "Site Hugo complété dans \(root)."
    case .siteCreated(let root): "Site Hugo créé dans \(root)."
    case .renamed(let what, let slug, let base): "« \(what) » prend le nom \(slug) (\(base) était pris)"
    case .nestedTag(let page, let tag):
      "« \(page) » : l'étiquette « \(tag) » deviendra des dossiers imbriqués ; renommez-la (edit)."
    case .tagWithoutAddress(let page, let tag):
      "« \(page) » : l'étiquette « \(tag) » n'a ni lettre ni chiffre, Hugo ne lui donne pas de page ; elle est laissée hors du site (renommez-la avec edit)."
    case .missingPage(let path, let link): "\(path) : lien vers une page absente : \(link)"
    case .leftOutDraft(let path): "laissée de côté : \(path) (un brouillon (draft: true) ; --drafts le publie)"
    case .leftOutReplaced(let path, let id):
      "laissée de côté : \(path) (remplacée par #\(id), un essai plus récent de la même compétence)"
    case .leftOutNotInASite(let path):
      "laissée de côté : \(path) (pas une page d'un site (aucun dossier content/, competences/ ou projets/ au-dessus) ; importez le dossier du site)"
    case .leftOutPlaceTaken(let path, let place):
      "laissée de côté : \(path) (bilan écrit déjà \(place) (la page d'accueil ou d'une compétence))"
    }
  }
}
