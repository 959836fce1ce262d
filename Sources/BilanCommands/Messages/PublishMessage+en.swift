extension PublishMessage {
  var en: String {
    switch self {
    case .notAFolder(let root): "\(root) is a file, not a site folder."
    case .noHugoConfig(let root, let dir):
      "\(root) has no Hugo configuration: 'publish \(dir) --init' creates a minimal site."
    case .linkToNoPage(let target): "link to no page: \(target)"
    case .brokenLinks(let n):
      "\(n) link(s) to no page: nothing was written (--allow-broken-links to publish anyway)."
    case .leadsOutside(let path):
      "nothing was written: \(path) would lead outside the site (a symbolic link?); remove the link or publish elsewhere."
    case .notBilans: "this file is not bilan's"
    case .filesInTheWay: "nothing was written: files of yours are in the way; --force replaces them."
    case .replaced(let path, let copy): "\(path) replaced; a copy is kept: \(copy)"
    case .editedByHand(let path): "\(path) was edited by hand: kept, and no longer bilan's."
    case .nothingChanged(let n): "Nothing changed (\(n) files)."
    case .summary(let created, let updated, let unchanged, let removed):
      "created: \(created), updated: \(updated), unchanged: \(unchanged), removed: \(removed)"
    case .siteCompleted(let root): "Hugo site completed in \(root)."
    case .siteCreated(let root): "Hugo site created in \(root)."
    case .renamed(let what, let slug, let base): "'\(what)' is written as \(slug) (\(base) was taken)"
    case .nestedTag(let page, let tag): "'\(page)': the tag '\(tag)' becomes nested folders in Hugo; rename it (edit)."
    case .tagWithoutAddress(let page, let tag):
      "'\(page)': the tag '\(tag)' has no letter or digit, so Hugo gives it no page of its own; it is left out of the site (rename it with edit)."
    case .missingPage(let path, let link): "\(path): link to a page that is not there: \(link)"
    case .leftOutDraft(let path): "left out: \(path) (a draft (draft: true); --drafts publishes it)"
    case .leftOutReplaced(let path, let id): "left out: \(path) (replaced by #\(id), a newer essay of the same skill)"
    case .leftOutNotInASite(let path):
      "left out: \(path) (not a page of a site (no content/, skills/ or projects/ folder above it); import the site's folder)"
    case .pdfToolMissing(let tool, let package, let variable):
      "--pdf needs \(tool), which is not installed (not on the PATH): install it (apt-get install \(package)) or name it with \(variable). Nothing was written."
    case .pdfBuildFailed(let log): "--pdf: Hugo could not build the site; no PDF was written.\n\(log)"
    case .pdfNoPrintPage(let root):
      "--pdf: the site in \(root) has no print page: its hugo.toml must list \"print\" in [outputs] home, with [outputFormats.print] and layouts/index.print.html, as 'publish --init' writes them for a new site. No PDF was written."
    case .pdfPrintFailed(let detail): "--pdf: Chromium could not print the portfolio (\(detail)); no PDF was written."
    case .pdfFolderMissing(let folder): "--pdf: the folder \(folder) does not exist. Nothing was written."
    case .pdfWritten(let path, let pages): "The portfolio in one PDF: \(path) (\(pages) pages)."
    case .leftOutPlaceTaken(let path, let place):
      "left out: \(path) (bilan already writes \(place) (the overview, or a skill's page))"
    }
  }
}
