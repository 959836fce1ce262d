import Foundation

/// File names for exported essays, computed by bilan rather than left to the site generator
/// (`docs/front-matter.md`): NFC, lower case, accents kept, spaces to `-`, unsafe characters dropped.
public enum Slug {
  /// Hugo fails on names over 255 bytes; a slug stays well below, leaving room for `-2` and `.md`.
  public static let maxBytes = 120

  public static func make(_ text: String, fallback: String = "essai") -> String {
    var slug = ""
    var lastWasDash = true
    for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
      let p = scalar.properties
      if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
        || scalar == "_"
      {
        guard slug.utf8.count + String(scalar).utf8.count <= maxBytes else { break }
        slug.unicodeScalars.append(scalar)
        lastWasDash = false
      } else if (p.isWhitespace || scalar == "-" || scalar == "/" || scalar == ".") && !lastWasDash {
        guard slug.utf8.count < maxBytes else { break }
        slug += "-"
        lastWasDash = true
      }
      // Everything else (' ’ & % ? ! , # : quotes, controls, emoji) is dropped, as Hugo's urlize does.
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? fallback : slug
  }
}
