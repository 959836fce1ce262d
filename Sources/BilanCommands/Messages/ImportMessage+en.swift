extension ImportMessage {
  var en: String {
    switch self {
    case .publishedPassedOver(let n): "\(n) pages written by 'publish' and unchanged since: passed over."
    case .noSuchPath: "no such file or folder"
    case .unreadable: "cannot be read (check its permissions)"
    case .imageNotFound(let ref): "image not found: \(ref)"
    case .imported(let id, let file): "#\(id) imported from \(file)"
    case .updated(let id, let file): "#\(id) updated from \(file)"
    case .copy(let file, let id, let path): "\(file): the same bytes as #\(id), imported from \(path); nothing new"
    case .summary(let imported, let updated, let unchanged, let failed):
      "imported: \(imported), updated: \(updated), unchanged: \(unchanged), failed: \(failed)"
    case .almost(let set, let matched, let expected):
      "almost the set '\(set)' (\(matched) of \(expected) headings): kept as written, with no question set"
    case .strayInstead(let heading, let instead, let almost):
      "'\(heading)' is not the set's '\(instead)'; \(almost). Rename the heading and import again to tie it to the set."
    case .stray(let heading, let almost): "'\(heading)' is none of the set's headings; \(almost)."
    case .moreStrays(let n, let set): "and \(n) more headings that are not the set '\(set)''s"
    case .missingHeading(let heading, let almost): "the heading '\(heading)' is missing; \(almost)."
    case .missingPath: "Missing the path: bilan import PATH…"
    case .onlyWith(let flag, let formats): "\(flag) goes only with --from \(formats)"
    }
  }
}
