import BilanCore

/// What `publish` and `publish --init` say, and the words for what site planning found (`SiteWarning`).
enum PublishMessage: MessageCatalogue {
  case notAFolder(String)
  case noHugoConfig(root: String, dir: String)
  case linkToNoPage(String)
  case brokenLinks(Int)
  case leadsOutside(String)
  case notBilans
  case filesInTheWay
  case replaced(String, copy: String)
  case editedByHand(String)
  case nothingChanged(Int)
  case summary(created: Int, updated: Int, unchanged: Int, removed: Int)
  case siteCompleted(String)
  case siteCreated(String)
  case renamed(what: String, slug: String, base: String)
  case nestedTag(page: String, tag: String)
  case tagWithoutAddress(page: String, tag: String)
  case missingPage(path: String, link: String)
  case leftOutDraft(String)
  case leftOutReplaced(String, by: Int64)
  case leftOutNotInASite(String)
  case leftOutPlaceTaken(String, place: String)
  case pdfToolMissing(tool: String, package: String, variable: String)
  case pdfBuildFailed(String)
  case pdfNoPrintPage(String)
  case pdfPrintFailed(String)
  case pdfFolderMissing(String)
  case pdfWritten(String, pages: Int)

  init(_ warning: SiteWarning) {
    switch warning {
    case .renamed(let what, let slug, let base): self = .renamed(what: what, slug: slug, base: base)
    case .nestedTag(let page, let tag): self = .nestedTag(page: page, tag: tag)
    case .tagWithoutAddress(let page, let tag): self = .tagWithoutAddress(page: page, tag: tag)
    case .missingPage(let path, let link): self = .missingPage(path: path, link: link)
    case .leftOut(let path, .draft): self = .leftOutDraft(path)
    case .leftOut(let path, .replaced(let id)): self = .leftOutReplaced(path, by: id)
    case .leftOut(let path, .notInASite): self = .leftOutNotInASite(path)
    case .leftOut(let path, .placeTaken(let place)): self = .leftOutPlaceTaken(path, place: place)
    }
  }

  static let samples: [PublishMessage] = [
    .notAFolder("X"), .noHugoConfig(root: "X", dir: "Y"), .linkToNoPage("X"), .brokenLinks(2), .leadsOutside("X"),
    .notBilans, .filesInTheWay, .replaced("X", copy: "Y"), .editedByHand("X"), .nothingChanged(3),
    .summary(created: 1, updated: 2, unchanged: 3, removed: 4), .siteCompleted("X"), .siteCreated("X"),
    .renamed(what: "X", slug: "x-2", base: "x"), .nestedTag(page: "X", tag: "A/B"),
    .tagWithoutAddress(page: "X", tag: "🙂"), .missingPage(path: "X", link: "Y"),
    .leftOutDraft("X"), .leftOutReplaced("X", by: 3), .leftOutNotInASite("X"), .leftOutPlaceTaken("X", place: "Y"),
    .pdfToolMissing(tool: "chromium", package: "chromium", variable: "BILAN_CHROMIUM"), .pdfBuildFailed("X"),
    .pdfNoPrintPage("X"), .pdfPrintFailed("X"), .pdfFolderMissing("X"), .pdfWritten("X", pages: 3),
  ]
}
