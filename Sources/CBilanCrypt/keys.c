// The data keys this process holds, by journal path, and the public functions over them.
//
// The data key is random and never changes; each of two slots of the key block (block.c) wraps it with
// a key derived from the passphrase, so a new passphrase rewrites one slot, never the pages, and a
// slot torn by a crash leaves the other one whole.
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/vfs.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crypt.h"

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static bc_key *registry = NULL;

// ---- paths

/// The path as SQLite names it to the VFS: the same function makes both.
static char *full_path(const char *path) {
  bilan_crypt_install();
  char *out = malloc((size_t)bc_base->mxPathname + 1);
  if (!out) return NULL;
  if (bc_base->xFullPathname(bc_base, path, bc_base->mxPathname + 1, out) != SQLITE_OK) {
    free(out);
    return NULL;
  }
  return out;
}

// ---- the registry (callers hold registry_lock)

static bc_key *find(const char *full) {
  for (bc_key *k = registry; k; k = k->next)
    if (strcmp(k->path, full) == 0) return k;
  return NULL;
}

static void detach(bc_key *key) {
  for (bc_key **p = &registry; *p; p = &(*p)->next) {
    if (*p == key) {
      *p = key->next;
      break;
    }
  }
  key->next = NULL;
}

static void drop_if_unused(bc_key *key) {
  if (key->holds > 0 || key->files > 0) return;
  detach(key);
  sodium_free(key->secret);
  sodium_memzero(key->block, sizeof key->block);
  free(key->path);
  free(key);
}

/// A new held key for `full` (taking the string), or NULL when memory runs out.
static bc_key *add(char *full, const uint8_t *data_key, const uint8_t *block) {
  bc_key *key = calloc(1, sizeof *key);
  uint8_t *secret = sodium_malloc(2 * BC_KEY);
  if (!key || !secret) {
    free(key);
    if (secret) sodium_free(secret);
    return NULL;
  }
  memcpy(secret, data_key, BC_KEY);
  bc_derive_subkeys(secret, key->key_id);
  key->secret = secret;
  key->path = full;
  key->holds = 1;
  memcpy(key->block, block, BILAN_CRYPT_BLOCK);
  key->page_size = bc_get32(block + 20);
  key->next = registry;
  registry = key;
  return key;
}

/// Holds a key for `full` (taking the string): one more hold when the same key is held there already;
/// else a new entry, the old one taken out of the registry (its holders keep it until they let go).
static int hold_new(char *full, const uint8_t *data_key, const uint8_t *block, void **handle) {
  pthread_mutex_lock(&registry_lock);
  bc_key *old = find(full);
  if (old && memcmp(old->key_id, block + 32, 16) == 0) {
    old->holds++;
    memcpy(old->block, block, BILAN_CRYPT_BLOCK);
    pthread_mutex_unlock(&registry_lock);
    free(full);
    *handle = old;
    return BILAN_CRYPT_OK;
  }
  if (old && old->files > 0) {
    // Another key is in use on this path: a file is not replaced under an open connection.
    pthread_mutex_unlock(&registry_lock);
    free(full);
    return BILAN_CRYPT_IO;
  }
  if (old) {
    detach(old);
    drop_if_unused(old);
  }
  bc_key *key = add(full, data_key, block);
  pthread_mutex_unlock(&registry_lock);
  if (!key) {
    free(full);
    return BILAN_CRYPT_NO_MEMORY;
  }
  *handle = key;
  return BILAN_CRYPT_OK;
}

bc_key *bc_key_for_file(const char *full) {
  if (!full) return NULL;
  pthread_mutex_lock(&registry_lock);
  bc_key *key = find(full);
  if (key) key->files++;
  pthread_mutex_unlock(&registry_lock);
  return key;
}

void bc_key_close_file(bc_key *key) {
  pthread_mutex_lock(&registry_lock);
  key->files--;
  drop_if_unused(key);
  pthread_mutex_unlock(&registry_lock);
}

void bc_key_failed(bc_key *key, int where, uint32_t page) {
  pthread_mutex_lock(&registry_lock);
  key->fail_where = where;
  key->fail_page = page;
  pthread_mutex_unlock(&registry_lock);
}

// ---- the public functions

int bilan_crypt_probe(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  uint8_t head[BC_MAGIC_SIZE];
  ssize_t got = pread(fd, head, sizeof head, 0);
  close(fd);
  if (got < 0) return -1;
  return got == BC_MAGIC_SIZE && memcmp(head, BC_MAGIC, BC_MAGIC_SIZE) == 0;
}

void *bilan_crypt_hold(const char *path) {
  char *full = full_path(path);
  if (!full) return NULL;
  uint8_t block[BILAN_CRYPT_BLOCK];
  int rc = bc_read_block(path, block);
  pthread_mutex_lock(&registry_lock);
  bc_key *key = find(full);
  void *handle = NULL;
  if (rc == BILAN_CRYPT_OK && key && memcmp(block + 32, key->key_id, 16) == 0) {
    key->holds++;
    handle = key;
  }
  pthread_mutex_unlock(&registry_lock);
  free(full);
  return handle;
}

int bilan_crypt_unlock(const char *path, const uint8_t *pass, size_t n, void **handle) {
  uint8_t block[BILAN_CRYPT_BLOCK];
  int rc = bc_read_block(path, block);
  if (rc != BILAN_CRYPT_OK) return rc;
  slot_info slots[2];
  int count = bc_valid_slots(block, slots);
  if (count == 0) return BILAN_CRYPT_DAMAGED;
  uint8_t *data_key = sodium_malloc(BC_KEY);
  if (!data_key) return BILAN_CRYPT_NO_MEMORY;
  rc = BILAN_CRYPT_WRONG_PASSPHRASE;
  for (int i = 0; i < count && rc == BILAN_CRYPT_WRONG_PASSPHRASE; i++) rc = bc_slot_open(block, &slots[i], pass, n, data_key);
  if (rc == BILAN_CRYPT_OK) {
    uint8_t secret[2 * BC_KEY], key_id[16];
    memcpy(secret, data_key, BC_KEY);
    bc_derive_subkeys(secret, key_id);
    sodium_memzero(secret, sizeof secret);
    // A slot that opens but names another key: the fixed part was altered.
    if (sodium_memcmp(key_id, block + 32, 16) != 0) rc = BILAN_CRYPT_DAMAGED;
  }
  if (rc == BILAN_CRYPT_OK) {
    char *full = full_path(path);
    rc = full ? hold_new(full, data_key, block, handle) : BILAN_CRYPT_NO_MEMORY;
  }
  sodium_free(data_key);
  return rc;
}

int bilan_crypt_create(const char *path, const uint8_t *pass, size_t n, uint32_t page_size, uint32_t ops,
                       uint64_t mem, void **handle) {
  if (page_size < 1024 || page_size > 65536 || (page_size & (page_size - 1)) != 0) return BILAN_CRYPT_DAMAGED;
  uint8_t block[BILAN_CRYPT_BLOCK] = {0};
  uint8_t *data_key = sodium_malloc(2 * BC_KEY);
  if (!data_key) return BILAN_CRYPT_NO_MEMORY;
  randombytes_buf(data_key, BC_KEY);
  memcpy(block, BC_MAGIC, BC_MAGIC_SIZE);
  bc_put32(block + 16, BC_VERSION);
  bc_put32(block + 20, page_size);
  bc_put32(block + 24, BILAN_CRYPT_RESERVE);
  bc_derive_subkeys(data_key, block + 32);
  int rc = bc_slot_write(block, 0, 1, data_key, pass, n, ops, mem);
  if (rc == BILAN_CRYPT_OK) {
    char *full = full_path(path);
    rc = full ? hold_new(full, data_key, block, handle) : BILAN_CRYPT_NO_MEMORY;
  }
  sodium_free(data_key);
  sodium_memzero(block, sizeof block);
  return rc;
}

int bilan_crypt_share(void *from, const char *to, void **handle) {
  char *full = full_path(to);
  uint8_t *data_key = sodium_malloc(BC_KEY);
  if (!full || !data_key) {
    free(full);
    if (data_key) sodium_free(data_key);
    return BILAN_CRYPT_NO_MEMORY;
  }
  uint8_t block[BILAN_CRYPT_BLOCK];
  bc_key *key = from;
  pthread_mutex_lock(&registry_lock);
  memcpy(data_key, key->secret, BC_KEY);
  memcpy(block, key->block, sizeof block);
  pthread_mutex_unlock(&registry_lock);
  int rc = hold_new(full, data_key, block, handle);
  sodium_free(data_key);
  sodium_memzero(block, sizeof block);
  return rc;
}

int bilan_crypt_rekey(void *handle, const char *path, const uint8_t *pass, size_t n, uint32_t ops, uint64_t mem) {
  uint8_t block[BILAN_CRYPT_BLOCK];
  int rc = bc_read_block(path, block);
  uint8_t *data_key = sodium_malloc(BC_KEY);
  if (!data_key) rc = BILAN_CRYPT_NO_MEMORY;
  bc_key *key = handle;
  pthread_mutex_lock(&registry_lock);
  if (rc == BILAN_CRYPT_OK && (memcmp(block + 32, key->key_id, 16) != 0)) rc = BILAN_CRYPT_NOT_HELD;
  if (rc == BILAN_CRYPT_OK) memcpy(data_key, key->secret, BC_KEY);
  pthread_mutex_unlock(&registry_lock);
  slot_info slots[2];
  int count = rc == BILAN_CRYPT_OK ? bc_valid_slots(block, slots) : 0;
  if (rc == BILAN_CRYPT_OK && count == 0) rc = BILAN_CRYPT_DAMAGED;
  if (rc == BILAN_CRYPT_OK) {
    // The new slot goes where the newest is not; the newest is wiped only once the new one is on disk.
    int newest = slots[0].index, target = 1 - newest;
    rc = bc_slot_write(block, target, slots[0].generation + 1, data_key, pass, n, ops, mem);
    int fd = rc == BILAN_CRYPT_OK ? open(path, O_WRONLY | O_CLOEXEC) : -1;
    if (rc == BILAN_CRYPT_OK && fd < 0) rc = BILAN_CRYPT_IO;
    if (rc == BILAN_CRYPT_OK) {
      uint8_t *slot = bc_slot_at(block, target);
      off_t at = target == 0 ? BC_SLOT_A : BC_SLOT_B;
      if (pwrite(fd, slot, BC_SLOT_SIZE, at) != BC_SLOT_SIZE || fdatasync(fd) != 0) rc = BILAN_CRYPT_IO;
    }
    if (rc == BILAN_CRYPT_OK) {
      uint8_t *old = bc_slot_at(block, newest);
      sodium_memzero(old, BC_SLOT_SIZE);
      off_t at = newest == 0 ? BC_SLOT_A : BC_SLOT_B;
      if (pwrite(fd, old, BC_SLOT_SIZE, at) != BC_SLOT_SIZE || fdatasync(fd) != 0) rc = BILAN_CRYPT_IO;
    }
    if (fd >= 0) close(fd);
    if (rc == BILAN_CRYPT_OK) {
      pthread_mutex_lock(&registry_lock);
      memcpy(key->block, block, sizeof block);
      pthread_mutex_unlock(&registry_lock);
    }
  }
  if (data_key) sodium_free(data_key);
  return rc;
}

int bilan_crypt_in_memory(const char *path) {
  struct statfs info;
  if (statfs(path, &info) != 0) return 0;
  // TMPFS_MAGIC and RAMFS_MAGIC of linux/magic.h.
  return (unsigned long)info.f_type == 0x01021994UL || (unsigned long)info.f_type == 0x858458f6UL;
}

void bilan_crypt_block(void *handle, uint8_t *out) {
  bc_key *key = handle;
  pthread_mutex_lock(&registry_lock);
  memcpy(out, key->block, BILAN_CRYPT_BLOCK);
  pthread_mutex_unlock(&registry_lock);
}

void bilan_crypt_release(void *handle) {
  bc_key *key = handle;
  pthread_mutex_lock(&registry_lock);
  if (key->holds > 0) key->holds--;
  drop_if_unused(key);
  pthread_mutex_unlock(&registry_lock);
}

void bilan_crypt_forget(const char *path) {
  char *full = full_path(path);
  if (!full) return;
  pthread_mutex_lock(&registry_lock);
  bc_key *key = find(full);
  if (key && key->files == 0) {
    detach(key);
    drop_if_unused(key);
  }
  pthread_mutex_unlock(&registry_lock);
  free(full);
}

int bilan_crypt_parameters(const char *path, uint32_t *ops, uint64_t *mem, uint32_t *page_size) {
  uint8_t block[BILAN_CRYPT_BLOCK];
  int rc = bc_read_block(path, block);
  if (rc != BILAN_CRYPT_OK) return rc;
  slot_info slots[2];
  if (bc_valid_slots(block, slots) == 0) return BILAN_CRYPT_DAMAGED;
  *ops = slots[0].ops;
  *mem = slots[0].mem;
  *page_size = bc_get32(block + 20);
  return BILAN_CRYPT_OK;
}

int bilan_crypt_failure(void *handle, int *where, uint32_t *page) {
  bc_key *key = handle;
  int found = 0;
  pthread_mutex_lock(&registry_lock);
  if (key->fail_where) {
    *where = key->fail_where;
    *page = key->fail_page;
    key->fail_where = 0;
    found = 1;
  }
  pthread_mutex_unlock(&registry_lock);
  return found;
}

int bilan_crypt_reserve(struct sqlite3 *db, int bytes) {
  return sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &bytes);
}

void bilan_crypt_wipe(void *bytes, size_t length) { sodium_memzero(bytes, length); }
