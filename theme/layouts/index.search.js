{{- /* The search index as a script, for a site opened from disk (file://), where fetching index.json is refused. */ -}}
window.bilanSearch = {{ partial "search-index.html" . | jsonify }};
