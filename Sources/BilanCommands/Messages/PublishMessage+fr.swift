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
    case .pdfToolMissing(let tool, let package, let variable):
      "--pdf a besoin de \(tool), qui n'est pas installé (absent du PATH) : installez-le (apt-get install \(package)) ou donnez son chemin dans \(variable). Rien n'a été écrit."
    case .pdfBuildFailed(let log): "--pdf : Hugo n'a pas pu construire le site ; aucun PDF n'a été écrit.\n\(log)"
    case .pdfNoPrintPage(let root):
      "--pdf : le site de \(root) n'a pas de page d'impression : son hugo.toml doit citer \"print\" dans [outputs] home, avec [outputFormats.print] et layouts/index.print.html, comme « publish --init » les écrit pour un nouveau site. Aucun PDF n'a été écrit."
    case .pdfPrintFailed(let detail):
      "--pdf : Chromium n'a pas pu imprimer le portfolio (\(detail)) ; aucun PDF n'a été écrit."
    case .pdfFolderMissing(let folder): "--pdf : le dossier \(folder) n'existe pas. Rien n'a été écrit."
    case .pdfWritten(let path, let pages): "Le portfolio en un seul PDF : \(path) (\(pages) pages)."
    case .leftOutPlaceTaken(let path, let place):
      "laissée de côté : \(path) (bilan écrit déjà \(place) (la page d'accueil ou d'une compétence))"
    }
  }
}
