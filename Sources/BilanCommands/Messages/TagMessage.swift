/// What `star`, `unstar` and `tags` say.
enum TagMessage: MessageCatalogue {
  case starred(Int64, title: String)
  case unstarred(Int64, title: String)
  case noTags

  static let samples: [TagMessage] = [.starred(1, title: "X"), .unstarred(1, title: "X"), .noTags]
}
