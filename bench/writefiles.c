/* The floor for `bilan export --all --out DIR`: writes one file per line of a manifest, each of the
 * size that line gives, into a folder, with nothing else to do (no database, no formatting).
 *
 * Usage: writefiles [-s] MANIFEST DIR
 *   MANIFEST  one decimal size in bytes per line (bench/compare.py makes it from bilan's output)
 *   DIR       the folder to write into (created when absent; files are 000001.md, 000002.md, …)
 *   -s        write each file as bilan does: to a temporary name, fsync, then rename
 *
 * Build: cc -O2 -o writefiles bench/writefiles.c
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char prose[] =
    "Aujourd'hui, point avec l'équipe sur le projet : la migration avance, les tests passent. "
    "Today we reviewed the release plan and agreed on the next steps for the data pipeline. ";

static void die(const char *what, const char *path) {
  fprintf(stderr, "writefiles: %s %s: %s\n", what, path, strerror(errno));
  exit(1);
}

int main(int argc, char **argv) {
  int safe = 0;
  if (argc > 1 && strcmp(argv[1], "-s") == 0) {
    safe = 1;
    argc--;
    argv++;
  }
  if (argc != 3) {
    fprintf(stderr, "usage: writefiles [-s] MANIFEST DIR\n");
    return 2;
  }
  FILE *manifest = fopen(argv[1], "r");
  if (!manifest) die("cannot read", argv[1]);
  if (mkdir(argv[2], 0755) != 0 && errno != EEXIST) die("cannot create", argv[2]);

  /* One buffer of plausible text, as large as the largest file. */
  size_t capacity = 1 << 16;
  char *buffer = malloc(capacity);
  if (!buffer) return 1;
  for (size_t i = 0; i < capacity; i++) buffer[i] = prose[i % (sizeof prose - 1)];

  char path[4096], temp[4200];
  unsigned long long size;
  long count = 0;
  while (fscanf(manifest, "%llu", &size) == 1) {
    if (size > capacity) {
      buffer = realloc(buffer, size);
      if (!buffer) return 1;
      for (size_t i = capacity; i < size; i++) buffer[i] = prose[i % (sizeof prose - 1)];
      capacity = size;
    }
    count++;
    snprintf(path, sizeof path, "%s/%06ld.md", argv[2], count);
    const char *target = path;
    if (safe) {
      snprintf(temp, sizeof temp, "%s/.%06ld.md.%d.tmp", argv[2], count, (int)getpid());
      target = temp;
    }
    int fd = open(target, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) die("cannot write", target);
    size_t done = 0;
    while (done < size) {
      ssize_t n = write(fd, buffer + done, size - done);
      if (n <= 0) die("cannot write", target);
      done += (size_t)n;
    }
    if (safe && fsync(fd) != 0) die("cannot sync", target);
    if (close(fd) != 0) die("cannot close", target);
    if (safe && rename(temp, path) != 0) die("cannot rename", temp);
  }
  fclose(manifest);
  free(buffer);
  return 0;
}
