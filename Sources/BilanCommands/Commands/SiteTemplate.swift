import BilanCore
import Foundation

/// `publish --init`: a minimal, theme-free Hugo site around the content bilan writes.
enum SiteTemplate {
  static let configs = ["hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "config.json"]

  static func hasConfig(_ root: String) -> Bool {
    configs.contains { FileManager.default.fileExists(atPath: root + "/" + $0) }
  }

  /// Writes what is missing: a site with its own configuration keeps it, but gets the layouts it lacks.
  static func create(at root: String, language: Language, _ context: Context) throws {
    let fm = FileManager.default
    let configured = hasConfig(root)
    let title = PublishMessage.siteTitle.text(language)
    let files: [String: String] = [
      "hugo.toml": """
      # Made by bilan publish --init. Raw HTML is allowed in bodies: essays use <b> and <u>.
      baseURL = "/"
      title = "\(title)"
      locale = "\(language.rawValue)"
      disableKinds = ["RSS", "sitemap", "robotsTXT"]
      [taxonomies]
        tag = "tags"
      [markup.goldmark.renderer]
        unsafe = true

      """,
      "layouts/_default/baseof.html": """
      <!doctype html>
      <html lang="{{ site.Language.Locale }}">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
      <link rel="stylesheet" href="{{ "bilan/style.css" | relURL }}">
      </head>
      <body>
      <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
      <main>{{ block "main" . }}{{ end }}</main>
      </body>
      </html>

      """,
      "layouts/_default/single.html": """
      {{ define "main" }}
      <article>
      <h1>{{ .Title }}</h1>
      {{ with .Description }}<p class="description">{{ . }}</p>{{ end }}
      {{ with .GetTerms "tags" }}<p class="tags">{{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}
      {{ .Content }}
      </article>
      {{ end }}

      """,
      "layouts/_default/list.html": """
      {{ define "main" }}
      <h1>{{ .Title }}</h1>
      {{ .Content }}
      <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }} — {{ . }}{{ end }}</li>{{ end }}</ul>
      {{ end }}

      """,
      "layouts/_default/terms.html": """
      {{ define "main" }}
      <h1>{{ .Title }}</h1>
      <ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
      {{ end }}

      """,
      "layouts/_default/term.html": """
      {{ define "main" }}
      <h1>{{ .Title }}</h1>
      <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
      {{ end }}

      """,
      "static/bilan/style.css": """
      body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.55; color: #222; }
      header { margin-bottom: 2rem; font-weight: bold; }
      img { max-width: 100%; }
      .description { color: #555; font-style: italic; }
      .tags a { margin-right: .5rem; font-size: .9rem; }

      """,
    ]
    for (path, text) in files.sorted(by: { $0.key < $1.key }) {
      let full = root + "/" + path
      AtomicFile.removeStaleTemporaries(of: full)
      if fm.fileExists(atPath: full) || (configured && path == "hugo.toml") { continue }
      try fm.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try AtomicFile.write(Data(text.utf8), to: full)
    }
    context.tell(
      configured
        ? context.say(PublishMessage.siteCompleted(root)) : context.say(PublishMessage.siteCreated(root)))
  }
}
