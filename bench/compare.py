#!/usr/bin/env python3
"""bilan against jrnl 4.6 on the same journals of 1,000, 10,000 and 100,000 entries.

Usage: bench/compare.py [--sizes 1000,10000,100000] [--runs N] [--bin PATH] [--jrnl PATH|auto]
                        [--no-jrnl] [--work DIR] [--output FILE] [--skip-jrnl-over SECONDS]

For each size: writes a jrnl plain-text journal (seeded, so the same every time: French and English
prose, @tags, skills, starred entries, one rare word in 3 entries and one word in most), imports it
into a fresh bilan journal (timed once), then runs the same operations in both: start-up, list the
last 10, search a rare and a common word, list tags, add one entry, export everything as Markdown
(one file per entry). A minimal C program (bench/writefiles.c) writes the same number of files of the
same sizes, timed in turn with the export: the floor for it (and once more with a temporary name,
fsync and rename per file: what a durable write of each file costs; bilan's export does not sync
each file, and fills a new folder under a hidden name that it renames once at the end).

Each operation: 1 warm-up run, then the median of --runs; peak memory is the child's largest
resident set (ru_maxrss from wait4), both taken by a small C timer compiled from this file (a child
started straight from Python starts with Python's peak). jrnl: when its first run takes over --skip-jrnl-over seconds, that run is the
result, marked "(1 run)". jrnl is installed from PyPI into .venv-jrnl in the repository when absent.
Builds nothing: run `swift build -c release --static-swift-stdlib` first.

Prints a Markdown section (and writes it to --output); progress goes to stderr. Exits non-zero when a
command fails, never because a target is missed.
"""
import argparse
import datetime
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
JRNL_VERSION = "4.6"
RARE = "zygomorphe"
COMMON = "projet"
ADDED = "Bench entry. Body text @bench"
TIMER_PATH = None  # the timer below, compiled into the work folder

# --- The journal ----------------------------------------------------------------------------------

PROJECTS = ["Atlas", "Boréal", "Castor", "Delta", "Éole", "Figaro", "Gaïa", "Hélios", "Iris", "Jade",
            "Kairos", "Lynx", "Mistral", "Nova", "Orion", "Pégase", "Quartz", "Rhône", "Sirius", "Vega"]
TOOLS = ["Python", "SQL", "PostgreSQL", "Git", "Docker", "pandas", "Excel", "Power BI", "Jira",
         "Kubernetes", "dbt", "Airflow", "Swift", "TypeScript"]
PEOPLE = ["Claire", "Mehdi", "Sophie", "Thomas", "Aïcha", "Julien", "Nadia", "Lucas", "Émilie", "Karim",
          "Inès", "Paul", "Camille", "Yanis"]
SKILLS_FR = ["autonomie", "rigueur", "communication", "travail en équipe", "esprit critique",
             "gestion du temps", "pédagogie", "curiosité", "adaptabilité", "prise de parole"]
SKILLS_EN = ["autonomy", "rigour", "communication", "teamwork", "critical thinking", "time management",
             "teaching", "curiosity", "adaptability", "public speaking"]
SKILL_TAGS = ["autonomie", "rigueur", "communication", "travail-en-equipe", "esprit-critique",
              "gestion-du-temps", "python", "sql", "pédagogie", "curiosité", "adaptabilité", "prise-de-parole"]
OTHER_TAGS = ["atlas", "boréal", "castor", "delta", "éole", "hélios", "orion", "sirius", "réunion", "démo",
              "bug", "formation", "stage", "sprint", "retro", "client", "production", "lecture", "idée",
              "mentorat", "recrutement", "veille", "documentation", "santé"]

TITLES_FR = [
    "Réunion de lancement du projet {proj}.", "Revue de code sur {proj} avec {person}.",
    "Point hebdomadaire avec {person}.", "Première démo de {proj} au client.",
    "Migration {tool} pour le projet {proj}.", "Atelier {skill} avec l'équipe {proj}.",
    "Bug en production sur {proj}.", "Formation {tool} avec {person}.",
    "Rétrospective du sprint {num} sur {proj}.", "Entretien avec {person} : {skill}.",
    "Documentation du projet {proj}, suite {num}.", "Préparation de la soutenance {proj}.",
    "Journée difficile sur {proj}.", "Ce que j'ai appris sur {tool} avec {person}.",
    "Mise en production de {proj} {num}.", "Pair programming avec {person} sur {tool}.",
    "Estimation du sprint {num} de {proj}.", "Incident {num} sur la base {tool}.",
]
TITLES_EN = [
    "Kick-off meeting for {proj}.", "Code review on {proj} with {person}.",
    "Weekly one-to-one with {person}.", "First {proj} demo to the client.",
    "Moving {proj} to {tool}.", "A {skill} workshop with the {proj} team.",
    "Production bug in {proj}.", "{tool} training with {person}.",
    "Sprint {num} retrospective on {proj}.", "Talking about {skill} with {person}.",
    "Writing the {proj} docs, part {num}.", "Release {num} of {proj}.",
    "A hard day on {proj}.", "What I learned about {tool} from {person}.",
]
SENTENCES_FR = [
    "Ce matin, j'ai repris le ticket ouvert hier sur le projet {proj} et j'ai enfin compris d'où venait l'erreur.",
    "La requête {tool} mettait plus de dix secondes : il manquait un index sur la table des commandes.",
    "{person} m'a montré comment découper le problème en petites étapes, et j'ai gagné une demi-journée.",
    "J'ai présenté l'avancement du projet à l'équipe ; les questions étaient précises et utiles.",
    "Je dois progresser en {skill} : j'attends trop longtemps avant de demander de l'aide.",
    "Nous avons décidé de reporter la livraison d'une semaine pour finir les tests du projet.",
    "La réunion a duré plus longtemps que prévu, mais nous sommes repartis avec un plan clair.",
    "J'ai écrit des tests pour le module d'import, et deux cas limites sont apparus.",
    "Le client a demandé un export en CSV, ce qui n'était pas prévu dans le périmètre du projet.",
    "En fin de journée, j'ai mis à jour la documentation et le tableau de suivi du projet {proj}.",
    "Côté {skill}, un bon exemple : j'ai pris la décision seul, puis je l'ai expliquée à {person}.",
    "J'ai relu le code de {person} et proposé une version plus simple de la fonction de calcul.",
    "Demain, je veux terminer la migration vers {tool} et préparer la démo du projet.",
    "Le déploiement s'est bien passé, à part un problème de droits sur le serveur de recette.",
    "J'ai passé une heure à comprendre un script {tool} écrit il y a trois ans, sans un commentaire.",
    "Ce qui a marché : annoncer tôt le risque au chef de projet, et proposer deux solutions au lieu d'une.",
    "Ce que je ferais autrement : vérifier les données d'entrée avant de lancer le traitement.",
    "L'équipe {proj} a bien réagi quand la base de recette est tombée en plein après-midi.",
    "J'ai animé la rétrospective pour la première fois ; la prise de parole reste un effort pour moi.",
    "Le tableau de bord {tool} est enfin lisible, et la responsable du projet l'ouvre chaque matin.",
    "Nous avons passé la matinée à estimer les tâches du prochain sprint avec {person}.",
    "J'ai noté trois idées pour améliorer la qualité des données du projet {proj}.",
    "Un collègue m'a demandé de l'aide sur {tool}, et l'expliquer m'a obligé à mieux le comprendre.",
    "La démo a montré que l'écran de recherche était trop lent avec de vrais volumes.",
    "Je me rends compte que je progresse en {skill} quand je note ce que je fais chaque soir.",
    "Le projet {proj} a pris du retard, surtout parce que les besoins ont changé deux fois.",
    "{person} a relu mon rapport et m'a conseillé de commencer par la conclusion.",
    "J'ai refusé une tâche de plus cette semaine, et je crois que c'était la bonne décision.",
    "La pause de midi avec l'équipe a réglé en dix minutes un désaccord qui durait depuis lundi.",
    "J'ai automatisé la génération du rapport mensuel en {tool}, ce qui économise une heure par mois.",
]
SENTENCES_EN = [
    "This morning I picked up yesterday's ticket on {proj} and finally found where the error came from.",
    "The {tool} query took over ten seconds: the orders table was missing an index.",
    "{person} showed me how to split the problem into small steps, which saved me half a day.",
    "I presented our progress to the team; the questions were sharp and useful.",
    "I need to work on my {skill}: I wait too long before asking for help.",
    "We decided to push the release back a week to finish the tests.",
    "The meeting ran long, but we left with a clear plan for the next two weeks.",
    "I wrote tests for the import module, and two edge cases showed up straight away.",
    "The client asked for a CSV export, which was not in the scope we had agreed on.",
    "At the end of the day I updated the docs and the {proj} board.",
    "A good example of {skill}: I made the call on my own, then explained it to {person}.",
    "I reviewed {person}'s code and suggested a simpler version of the pricing function.",
    "Tomorrow I want to finish the move to {tool} and prepare the demo.",
    "The deployment went well, apart from a permissions problem on the staging server.",
    "I spent an hour understanding a three-year-old {tool} script without a single comment.",
    "What worked: raising the risk early, and offering two options instead of one.",
    "What I would do differently: check the input data before starting the batch.",
    "The {proj} team kept calm when the staging database went down in the afternoon.",
    "I ran the retrospective for the first time; speaking up is still an effort for me.",
    "The {tool} dashboard is finally readable, and the product owner opens it every morning.",
    "We spent the morning estimating the next sprint with {person}.",
    "I wrote down three ideas to improve data quality on {proj}.",
    "A colleague asked me for help with {tool}, and explaining it made me understand it better.",
    "The demo showed that the search screen was too slow with real volumes.",
    "{person} read my report and told me to start with the conclusion.",
    "I said no to one more task this week, and I think it was the right call.",
]


def fill(template, rng, french):
    return template.format(
        proj=rng.choice(PROJECTS), tool=rng.choice(TOOLS), person=rng.choice(PEOPLE), num=rng.randint(1, 60),
        skill=rng.choice(SKILLS_FR if french else SKILLS_EN))


def generate(path, count, seed=1):
    """Writes `count` entries in jrnl 4.6's own format (timeformat '%F %r', entries in date order, a
    blank line between them, ` *` after a starred title). Returns facts about what it wrote."""
    rng = random.Random(f"bilan-bench-{seed}-{count}")
    start = datetime.datetime(2019, 1, 7)
    days = 6 * 365
    stamps = sorted(start + datetime.timedelta(days=rng.randrange(days), seconds=rng.randrange(7 * 3600, 23 * 3600))
                    for _ in range(count))
    rare_at = {count // 5, count // 2, (4 * count) // 5}
    common = re.compile(rf"\b{COMMON}\b", re.IGNORECASE)
    facts = {"entries": count, "common": 0, "rare": 0, "starred": 0, "tags": set()}
    with open(path, "w", encoding="utf-8") as out:
        for i, when in enumerate(stamps):
            french = rng.random() < 0.65
            title = fill(rng.choice(TITLES_FR if french else TITLES_EN), rng, french)
            target = rng.randint(400, 1000)
            sentences, size = [], 0
            for template in rng.sample(SENTENCES_FR if french else SENTENCES_EN, 14):  # no sentence twice
                if size >= target:
                    break
                sentences.append(fill(template, rng, french))
                size += len(sentences[-1].encode()) + 1
            if i in rare_at:
                sentences.insert(rng.randrange(len(sentences)),
                                 f"J'ai appris le mot {RARE} en lisant un article de botanique." if french
                                 else f"I learned the word {RARE} from a botany article.")
                facts["rare"] += 1
            tags = rng.sample(SKILL_TAGS, rng.choices([0, 1, 2], [40, 45, 15])[0])
            tags += rng.sample(OTHER_TAGS, rng.choices([0, 1, 2], [45, 45, 10])[0])
            for tag in tags[:3]:
                k = rng.randrange(len(sentences))
                sentences[k] = sentences[k][:-1] + f" @{tag}" + sentences[k][-1]
                facts["tags"].add(tag)
            paragraphs, k = [], 0
            while k < len(sentences):
                step = rng.randint(2, 4)
                paragraphs.append(" ".join(sentences[k:k + step]))
                k += step
            body = "\n\n".join(paragraphs)
            starred = rng.random() < 0.05
            facts["starred"] += starred
            if common.search(title) or common.search(body):
                facts["common"] += 1
            head = f"[{when.strftime('%Y-%m-%d %I:%M:%S %p')}] {title}" + (" *" if starred else "")
            out.write(("\n" if i else "") + f"{head}\n{body}\n")
    facts["bytes"] = os.path.getsize(path)
    facts["tags"] = len(facts["tags"])
    return facts


# --- Running and timing ---------------------------------------------------------------------------

def fail(command, message):
    sys.stderr.write(f"compare.py: command failed: {' '.join(command)}\n{message}\n")
    sys.exit(1)


# The timer. A child's peak memory (ru_maxrss) starts at its parent's when it execs, even after vfork:
# timed straight from this script, /bin/true "uses" as much as Python does. So a small C program forks
# and times each command: its own memory is a megabyte or so, and that is the floor of the measurement.
TIMER = r"""
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
/* timer RESULT COMMAND ARGS...: runs COMMAND, writes "seconds peak-KiB exit-code" to RESULT (the code
   is minus the signal's number when a signal ended it). */
int main(int argc, char **argv) {
  struct timespec start, end;
  struct rusage usage;
  int status;
  if (argc < 3) return 2;
  clock_gettime(CLOCK_MONOTONIC, &start);
  pid_t pid = fork();
  if (pid == 0) {
    execvp(argv[2], argv + 2);
    perror(argv[2]);
    _exit(127);
  }
  if (pid < 0 || wait4(pid, &status, 0, &usage) < 0) return 2;
  clock_gettime(CLOCK_MONOTONIC, &end);
  FILE *result = fopen(argv[1], "w");
  if (!result) return 2;
  fprintf(result, "%.9f %ld %d\n", (double)(end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9,
          usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status));
  return fclose(result) != 0;
}
"""


def compile_c(source, binary):
    # cc where there is one, else the clang that comes with the Swift toolchain.
    command = [shutil.which("cc") or shutil.which("clang") or "cc", "-O2", "-o", binary, source]
    done = subprocess.run(command, capture_output=True)
    if done.returncode != 0:
        fail(command, done.stderr.decode(errors="replace"))


def run(command, env, stdout=None):
    """Runs one command through the timer: (wall seconds, peak MiB). stdin is /dev/null; stdout is
    discarded unless a path is given; stderr goes to a file, shown if the command fails."""
    with open(os.devnull, "rb") as null_in, tempfile.TemporaryFile() as err, \
            open(stdout or os.devnull, "wb") as out, tempfile.NamedTemporaryFile("r") as result:
        timer = subprocess.run([TIMER_PATH, result.name] + command, env=env, stdin=null_in, stdout=out, stderr=err)
        values = result.read().split()
        code = int(values[2]) if timer.returncode == 0 and len(values) == 3 else timer.returncode
        if code != 0:
            err.seek(0)
            how = f"killed by signal {-code}" if code < 0 else f"exit {code}"
            fail(command, f"{how}: " + err.read().decode(errors="replace")[-4000:])
    return float(values[0]), int(values[1]) / 1024  # ru_maxrss: KiB on Linux


def progress(message):
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


class Result:
    def __init__(self, times, peaks, once=False):
        self.median = statistics.median(times)
        self.peak = max(peaks)
        self.once = once


def measure(label, command, env, runs, prepare=None, once_over=None):
    """One warm-up run, then `runs` timed ones. With `once_over`, a warm-up slower than that many
    seconds is the result (one run). `prepare` runs before each run, outside the timing, and so does
    `command` when it is a function that returns the command."""
    def one():
        if prepare:
            prepare()
        return run(command() if callable(command) else command, env)
    progress(f"  {label}: warm-up")
    first = one()
    if once_over is not None and first[0] > once_over:
        progress(f"  {label}: {first[0]:.1f} s, one run only")
        return Result([first[0]], [first[1]], once=True)
    times, peaks = [], []
    for _ in range(runs):
        elapsed, peak = one()
        times.append(elapsed)
        peaks.append(peak)
    result = Result(times, peaks)
    progress(f"  {label}: median {format_time(result.median)}, peak {result.peak:.1f} MiB")
    return result


def measure_together(items, runs, after_first=None):
    """Like `measure` for several commands whose ratio matters, their runs taken in turn (A B C A B C…)
    so that a slower spell of the machine falls on all of them. items: (label, command, env, once_over);
    `after_first` runs after the first one's warm-up."""
    firsts = []
    for label, command, env, once_over in items:
        progress(f"  {label}: warm-up")
        firsts.append(run(command() if callable(command) else command, env))
        if after_first and len(firsts) == 1:
            after_first()
    once = [over is not None and first[0] > over for first, (_, _, _, over) in zip(firsts, items)]
    samples = [([first[0]], [first[1]]) if single else ([], []) for first, single in zip(firsts, once)]
    for _ in range(runs):
        for (label, command, env, _), single, (times, peaks) in zip(items, once, samples):
            if not single:
                elapsed, peak = run(command() if callable(command) else command, env)
                times.append(elapsed)
                peaks.append(peak)
    results = [Result(times, peaks, once=single) for (times, peaks), single in zip(samples, once)]
    for (label, _, _, _), result in zip(items, results):
        progress(f"  {label}: {'one run' if result.once else 'median'} {format_time(result.median)}, "
                 f"peak {result.peak:.1f} MiB")
    return results


def format_time(seconds):
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    if seconds < 100:
        return f"{seconds:.2f} s"
    return f"{seconds:.0f} s"


class Folders:
    """The export runs' output folders: each run writes into a new one (writing where thousands of
    files were just deleted is slower, and varies by seconds here), all removed after the operation."""

    def __init__(self, base, create):
        self.base, self.create, self.made = base, create, []

    def next(self):
        path = f"{self.base}-{len(self.made) + 1}"
        shutil.rmtree(path, ignore_errors=True)
        if self.create:
            os.makedirs(path)
        self.made.append(path)
        os.sync()  # every export starts from the same disk state
        return path

    def clear(self):
        for path in self.made:
            shutil.rmtree(path, ignore_errors=True)
        self.made = []
        os.sync()


def file_sizes(folder):
    with os.scandir(folder) as entries:
        return sorted(entry.stat().st_size for entry in entries if entry.is_file() and entry.name.endswith(".md"))


def copy_fresh(source, target):
    """Copies a file, or an SQLite database with its write-ahead log when it has one, then syncs."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(target + suffix):
            os.remove(target + suffix)
        if os.path.exists(source + suffix):
            shutil.copyfile(source + suffix, target + suffix)
    os.sync()


# --- jrnl -----------------------------------------------------------------------------------------

def find_jrnl(choice):
    if choice != "auto":
        return os.path.abspath(choice)
    venv = os.path.join(REPO, ".venv-jrnl")
    jrnl = os.path.join(venv, "bin", "jrnl")
    if not os.path.exists(jrnl):
        progress(f"installing jrnl {JRNL_VERSION} into {venv}")
        for command in ([sys.executable, "-m", "venv", venv],
                        [os.path.join(venv, "bin", "pip"), "install", "--quiet", f"jrnl=={JRNL_VERSION}"]):
            done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if done.returncode != 0:
                fail(command, done.stderr.decode(errors="replace"))
    return jrnl


def jrnl_config(home, journal):
    """The settings of Tests/BilanCoreTests/Fixtures/jrnl/make.sh: jrnl's defaults, no questions."""
    folder = os.path.join(home, "config", "jrnl")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "jrnl.yaml"), "w") as config:
        config.write(f"""colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: true
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: '{JRNL_VERSION}'
""")


# --- One size -------------------------------------------------------------------------------------

TARGETS = {  # bilan at 100,000 entries, release build (seconds)
    "start-up": 0.010, "import": 10.0, "list": 0.020, "rare": 0.050, "common": 0.300, "tags": 0.050,
    "add": 0.030,
}
PEAK_TARGET = 64.0  # MiB, for each operation


def size_folder(work, count):
    """A fresh folder for one size, and the environment of a home of its own inside it."""
    folder = os.path.join(work, str(count))
    shutil.rmtree(folder, ignore_errors=True)
    home = os.path.join(folder, "home")
    for sub in ("config", "data", "state"):
        os.makedirs(os.path.join(home, sub))
    env = {"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, "config"), "XDG_DATA_HOME": os.path.join(home, "data"),
           "XDG_STATE_HOME": os.path.join(home, "state"), "LANG": "C.UTF-8", "TZ": "UTC", "PATH": "/usr/bin:/bin",
           "PYTHONHASHSEED": "0"}
    return folder, env


def bench_size(count, args, work, writefiles):
    progress(f"{count} entries")
    folder, env = size_folder(work, count)
    home = env["HOME"]
    journal = os.path.join(folder, "journal.txt")
    pristine = os.path.join(folder, "journal.orig.txt")
    facts = generate(pristine, count, args.seed)
    shutil.copyfile(pristine, journal)
    progress(f"  journal: {facts['bytes'] / 2**20:.1f} MiB, '{COMMON}' in {facts['common']} entries")
    db = os.path.join(folder, "bilan.sqlite")
    db_orig = os.path.join(folder, "bilan.orig.sqlite")
    benv = dict(env, BILAN_DB=db)
    b, j, notes = {}, {}, []

    # Loading: bilan imports the jrnl file, once.
    progress("  bilan import")
    said = os.path.join(folder, "import.out")
    elapsed, peak = run([args.bin, "import", "--from", "jrnl", journal], benv, stdout=said)
    b["import"] = Result([elapsed], [peak], once=True)
    with open(said) as text:
        line = text.read().strip()
    if f"imported: {count}," not in line and f"importées : {count}," not in line:
        notes.append(f"bilan import said `{line}` ({count:,} entries in the file).")
    copy_fresh(db, db_orig)

    ops = [
        ("start-up", "start-up (`--version`)", ["--version"], ["--version"]),
        ("list", "list the last 10", ["list", "-n", "10"], ["-n", "10"]),
        ("rare", f"search a rare word ({RARE}, {facts['rare']} entries)", ["search", RARE, "-n", "20"],
         ["-n", "20", "-contains", RARE]),
        ("common", f"search a common word ({COMMON}, {facts['common']:,} entries), top 20",
         ["search", COMMON, "-n", "20"], ["-n", "20", "-contains", COMMON]),
        ("tags", "list tags", ["tags"], ["--tags"]),
    ]
    labels = {key: label for key, label, _, _ in ops}
    jrnl = args.jrnl_path
    if jrnl:
        jrnl_config(home, journal)
    for key, _, bilan_args, jrnl_args in ops:
        b[key] = measure(f"bilan {key}", [args.bin] + bilan_args, benv, args.runs)
        if jrnl:
            j[key] = measure(f"jrnl {key}", [jrnl] + jrnl_args, env, args.runs, once_over=args.skip_jrnl_over)

    # Checks of what bilan answers (untimed).
    hits = os.path.join(folder, "hits.json")
    run([args.bin, "search", RARE, "-n", "20", "--format", "json"], benv, stdout=hits)
    with open(hits) as text:
        found = len(json.load(text))
    if found != facts["rare"]:
        notes.append(f"bilan search {RARE} found {found} entries, not {facts['rare']}.")
    run([args.bin, "tags", "--format", "json"], benv, stdout=hits)
    with open(hits) as text:
        tags = len(json.load(text))
    if tags != facts["tags"]:
        notes.append(f"bilan tags lists {tags} tags; the journal uses {facts['tags']}.")

    # Export: one Markdown file per entry into a fresh folder each run.
    # bilan's export and the C program's, in turn: the C program writes files of the sizes bilan wrote.
    outs = Folders(os.path.join(folder, "bilan-out"), create=False)
    manifest = os.path.join(folder, "sizes.txt")
    sizes = []

    def write_manifest():
        sizes.extend(file_sizes(outs.made[-1]))
        with open(manifest, "w") as text:
            text.write("".join(f"{size}\n" for size in sizes))

    c_outs = Folders(os.path.join(folder, "c-out"), create=False)
    b["export"], b["c"], b["c-sync"] = measure_together([
        ("bilan export", lambda: [args.bin, "export", "--all", "--out", outs.next()], benv, None),
        ("C writefiles", lambda: [writefiles, manifest, c_outs.next()], env, None),
        ("C writefiles -s", lambda: [writefiles, "-s", manifest, c_outs.next()], env, args.skip_jrnl_over),
    ], args.runs, after_first=write_manifest)
    if len(sizes) != count:
        notes.append(f"bilan export wrote {len(sizes):,} files for {count:,} entries.")
    outs.clear()
    c_outs.clear()
    if jrnl:
        outs = Folders(os.path.join(folder, "jrnl-out"), create=True)
        j["export"] = measure("jrnl export", lambda: [jrnl, "--export", "markdown", "--file", outs.next() + "/"], env,
                              args.runs, once_over=args.skip_jrnl_over)
        written = len(file_sizes(outs.made[-1]))
        outs.clear()
        if written != count:
            notes.append(f"jrnl's export wrote {written:,} files for {count:,} entries: it names a file by day and "
                         f"title (`YYYY-MM-DD_title.md`), so entries of the same day and title overwrite each other.")

    # Add one entry, each run to a fresh copy of the journal (copied outside the timing).
    b["add"] = measure("bilan add", [args.bin, "write", ADDED], benv, args.runs, prepare=lambda: copy_fresh(db_orig, db))
    if jrnl:
        j["add"] = measure("jrnl add", [jrnl, ADDED], env, args.runs, prepare=lambda: copy_fresh(pristine, journal),
                           once_over=args.skip_jrnl_over)
    copy_fresh(db_orig, db)
    if not args.work:
        shutil.rmtree(folder, ignore_errors=True)

    labels.update({"import": "import the jrnl journal (1 run)", "add": "add one entry",
                   "export": f"export all as Markdown ({len(sizes):,} files, {sum(sizes) / 2**20:.1f} MiB)"})
    return render_size(count, facts, b, j, labels, notes)


def render_size(count, facts, b, j, labels, notes):
    lines = [f"### {count:,} entries", "",
             f"Journal: {facts['bytes'] / 2**20:.1f} MiB, {facts['tags']} distinct tags, {facts['starred']:,} starred "
             f"entries.", "",
             "| operation | bilan median | bilan peak | jrnl median | jrnl peak | jrnl ÷ bilan | bilan target | met |",
             "|---|---|---|---|---|---|---|---|"]

    def row(key):
        mine, theirs = b[key], j.get(key)
        cells = [labels[key], format_time(mine.median), f"{mine.peak:.1f} MiB"]
        if theirs:
            cells += [format_time(theirs.median) + (" (1 run)" if theirs.once else ""), f"{theirs.peak:.0f} MiB",
                      f"{theirs.median / mine.median:,.0f}×" if theirs.median / mine.median >= 10
                      else f"{theirs.median / mine.median:.1f}×"]
        else:
            cells += ["", "", ""]
        if key == "export":
            ratio = mine.median / b["c"].median
            cells += [f"≤ 2× the C program (here {ratio:.1f}×), ≤ {PEAK_TARGET:.0f} MiB",
                      "✓" if ratio <= 2 and mine.peak <= PEAK_TARGET else "✗"]
        else:
            limit = TARGETS[key]
            cells += [f"≤ {format_time(limit).replace('.0 ', ' ').replace('.00 ', ' ')}, ≤ {PEAK_TARGET:.0f} MiB",
                      "✓" if mine.median <= limit and mine.peak <= PEAK_TARGET else "✗"]
        lines.append("| " + " | ".join(cells) + " |")

    for key in ("start-up", "import", "list", "rare", "common", "tags", "add", "export"):
        row(key)
    for key, label in (("c", "C program: the same files, write and close"),
                       ("c-sync", "C program: the same files, each under a temporary name, synced, renamed (a durable write per file)")):
        once = " (1 run)" if b[key].once else ""
        lines.append(f"| {label} | {format_time(b[key].median)}{once} | {b[key].peak:.1f} MiB | | | | "
                     f"bilan's export: {b['export'].median / b[key].median:.1f}× this | |")
    lines.append("")
    lines += [f"- {note}" for note in notes]
    if notes:
        lines.append("")
    return "\n".join(lines)


# --- The machine ----------------------------------------------------------------------------------

def machine(work):
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), cpu)
    except OSError:
        pass
    ram = "?"
    try:
        with open("/proc/meminfo") as info:
            kib = next(int(line.split()[1]) for line in info if line.startswith("MemTotal"))
            ram = f"{kib / 2**20:.1f} GiB"
    except (OSError, StopIteration):
        pass
    free = shutil.disk_usage(work).free / 2**30
    return f"{platform.platform()}; {cpu}, {os.cpu_count()} cores, {ram} RAM, {free:.0f} GiB free on the disk used"


def first_line(command, env):
    done = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, capture_output=True)
    if done.returncode != 0:
        fail(command, done.stderr.decode(errors="replace"))
    return (done.stdout.decode().strip().splitlines() or ["?"])[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="journal sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per operation (after 1 warm-up)")
    parser.add_argument("--bin", default=os.path.join(REPO, ".build", "release", "bilan"))
    parser.add_argument("--jrnl", default="auto", help="a jrnl binary, or auto: .venv-jrnl, installed when absent")
    parser.add_argument("--no-jrnl", action="store_true", help="bilan only")
    parser.add_argument("--work", help="where the journals go (default: a temporary folder, removed after)")
    parser.add_argument("--output", help="also write the Markdown section to this file")
    parser.add_argument("--skip-jrnl-over", type=float, default=60.0,
                        help="a jrnl operation (or the fsync C row) whose first run takes longer is run once (seconds)")
    parser.add_argument("--seed", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.bin = os.path.abspath(args.bin)
    sizes = [int(size.replace("_", "")) for size in args.sizes.split(",") if size.strip()]
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"compare.py: no bilan binary at {args.bin}: run swift build -c release --static-swift-stdlib")
    args.jrnl_path = None if args.no_jrnl else find_jrnl(args.jrnl)

    work = os.path.abspath(args.work) if args.work else tempfile.mkdtemp(prefix="bilan-compare-")
    os.makedirs(work, exist_ok=True)
    try:
        writefiles = os.path.join(work, "writefiles")
        compile_c(os.path.join(REPO, "bench", "writefiles.c"), writefiles)
        global TIMER_PATH
        TIMER_PATH = os.path.join(work, "timer")
        with open(TIMER_PATH + ".c", "w") as source:
            source.write(TIMER)
        compile_c(TIMER_PATH + ".c", TIMER_PATH)
        env = {"HOME": work, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"}
        header = [f"## bilan and jrnl {JRNL_VERSION}, {datetime.date.today().isoformat()}", "",
                  f"Machine: {machine(work)}.", "",
                  f"bilan: `{first_line([args.bin, '--version'], env)}` ({args.bin.replace(REPO + '/', '')}).  "]
        if args.jrnl_path:
            python = os.path.join(os.path.dirname(args.jrnl_path), "python")
            python_version = first_line([python, "--version"], env) if os.path.exists(python) else "Python ?"
            header.append(f"jrnl: `{first_line([args.jrnl_path, '--version'], dict(env, PYTHONHASHSEED='0'))}` "
                          f"on {python_version}, its default time format (`%F %r`).")
        else:
            header.append("jrnl: not run (`--no-jrnl`).")
        header += ["", f"`bench/compare.py {' '.join(sys.argv[1:])}`".replace("` ", "`") + ": the same generated "
                   f"jrnl journal (French and English prose, @tags, {COMMON!r} in most entries, {RARE!r} in 3) read by "
                   f"jrnl and imported into bilan. Median wall time of {args.runs} run{'s' if args.runs > 1 else ''} after a warm-up, and the "
                   f"largest peak resident memory (`ru_maxrss`), both taken by a small C timer that forks and execs "
                   f"each command; a jrnl operation whose first run took over "
                   f"{args.skip_jrnl_over:.0f} s was run once \"(1 run)\". Each add starts from a fresh copy of the "
                   f"journal, each export from an empty folder after `sync`. The targets are bilan's at 100,000 "
                   f"entries."]
        floor = measure("/bin/true", ["/bin/true"], env, max(args.runs, 5))
        header[-1] += (f" The floor of the method, `/bin/true` timed the same way: {format_time(floor.median)}, "
                       f"{floor.peak:.1f} MiB.")
        header.append("")
        sections = [bench_size(count, args, work, writefiles) for count in sizes]
        text = "\n".join(header + sections).rstrip() + "\n"
        sys.stdout.write(text)
        if args.output:
            with open(args.output, "w") as out:
                out.write(text)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
