// The VFS shim: SQLite's default VFS in a bilan process, passing every call to the unix VFS, and the
// pages of the files whose journal path holds a key to seal.c:
//
// - main file: the key block, then page N at BLOCK + (N-1)*P, sealed whole: XChaCha20-Poly1305 over
//   its first P-40 bytes, the nonce and tag in the 40 bytes SQLite reserves, "D" + N as associated data.
// - WAL: its 32-byte header plain; each frame's 24-byte header plain but for its checksum, masked with
//   a key stream bound to the page's nonce, and authenticated with the page ("W" + header).
// - rollback journal: each page record's image sealed as in the main file, with "J" + its page number.
// - temporary files: a key stream with a throwaway key; nothing of them outlives the process.
#include <pthread.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "crypt.h"

sqlite3_vfs *bc_base = NULL;
static sqlite3_vfs crypt_vfs;
static const sqlite3_io_methods crypt_io;

// ---- io methods

static int x_close(sqlite3_file *file) {
  bc_file *f = (bc_file *)file;
  int rc = f->kind == KIND_WAL ? bc_wal_flush(f) : SQLITE_OK;
  int closed = f->real->pMethods->xClose(f->real);
  if (f->buf) {
    sodium_memzero(f->buf, (size_t)(FRAME_HEADER + f->page));
    free(f->buf);
  }
  sodium_memzero(f->temp_key, sizeof f->temp_key);
  if (f->key) bc_key_close_file(f->key);
  return rc == SQLITE_OK ? closed : rc;
}

static int x_read(sqlite3_file *file, void *out, int n, sqlite3_int64 off) {
  bc_file *f = (bc_file *)file;
  switch (f->kind) {
    case KIND_MAIN: return bc_main_read(f, out, n, off);
    case KIND_WAL: return bc_wal_read(f, out, n, off);
    case KIND_JOURNAL: return bc_journal_read(f, out, n, off);
    case KIND_TEMP: {
      int rc = bc_real_read(f, out, n, off);
      if (rc == SQLITE_OK) bc_temp_stream(f, out, n, off);
      return rc;
    }
    default: return bc_real_read(f, out, n, off);
  }
}

static int x_write(sqlite3_file *file, const void *in, int n, sqlite3_int64 off) {
  bc_file *f = (bc_file *)file;
  switch (f->kind) {
    case KIND_MAIN: return bc_main_write(f, in, n, off);
    case KIND_WAL: return bc_wal_write(f, in, n, off);
    case KIND_JOURNAL: return bc_journal_write(f, in, n, off);
    case KIND_TEMP: return bc_temp_write(f, in, n, off);
    default: return bc_real_write(f, in, n, off);
  }
}

static int x_truncate(sqlite3_file *file, sqlite3_int64 size) {
  bc_file *f = (bc_file *)file;
  if (f->kind == KIND_WAL) {
    if (f->pending && f->pending_at >= size) f->pending = 0;
    int rc = bc_wal_flush(f);
    if (rc != SQLITE_OK) return rc;
  }
  return f->real->pMethods->xTruncate(f->real, f->kind == KIND_MAIN ? size + H : size);
}

static int x_sync(sqlite3_file *file, int flags) {
  bc_file *f = (bc_file *)file;
  int rc = f->kind == KIND_WAL ? bc_wal_flush(f) : SQLITE_OK;
  return rc == SQLITE_OK ? f->real->pMethods->xSync(f->real, flags) : rc;
}

static int x_file_size(sqlite3_file *file, sqlite3_int64 *size) {
  bc_file *f = (bc_file *)file;
  if (f->kind == KIND_WAL) {
    int rc = bc_wal_flush(f);
    if (rc != SQLITE_OK) return rc;
  }
  int rc = f->real->pMethods->xFileSize(f->real, size);
  if (rc == SQLITE_OK && f->kind == KIND_MAIN) *size = *size > H ? *size - H : 0;
  return rc;
}

static int x_lock(sqlite3_file *file, int level) {
  bc_file *f = (bc_file *)file;
  return f->real->pMethods->xLock(f->real, level);
}
static int x_unlock(sqlite3_file *file, int level) {
  bc_file *f = (bc_file *)file;
  return f->real->pMethods->xUnlock(f->real, level);
}
static int x_check_reserved(sqlite3_file *file, int *out) {
  bc_file *f = (bc_file *)file;
  return f->real->pMethods->xCheckReservedLock(f->real, out);
}

static int x_file_control(sqlite3_file *file, int op, void *arg) {
  bc_file *f = (bc_file *)file;
  if (f->kind == KIND_MAIN && op == SQLITE_FCNTL_SIZE_HINT) {
    sqlite3_int64 size = *(sqlite3_int64 *)arg + H;
    return f->real->pMethods->xFileControl(f->real, op, &size);
  }
  // Memory-mapped pages would bypass the seals: a sealed file is never mapped.
  if (f->kind == KIND_MAIN && op == SQLITE_FCNTL_MMAP_SIZE) {
    sqlite3_int64 *size = arg;
    if (*size > 0) *size = 0;
  }
  return f->real->pMethods->xFileControl(f->real, op, arg);
}

static int x_sector_size(sqlite3_file *file) {
  bc_file *f = (bc_file *)file;
  // A rollback journal's header is one sector: 512 bytes keeps it apart from page images.
  return f->kind == KIND_MAIN ? 512 : f->real->pMethods->xSectorSize(f->real);
}

static int x_device_characteristics(sqlite3_file *file) {
  bc_file *f = (bc_file *)file;
  int caps = f->real->pMethods->xDeviceCharacteristics(f->real);
  if (f->kind != KIND_PLAIN) caps &= ~(SQLITE_IOCAP_ATOMIC | 0x1FE | SQLITE_IOCAP_BATCH_ATOMIC);
  return caps;
}

static int x_shm_map(sqlite3_file *file, int page, int size, int extend, void volatile **out) {
  bc_file *f = (bc_file *)file;
  return f->real->pMethods->xShmMap(f->real, page, size, extend, out);
}
static int x_shm_lock(sqlite3_file *file, int offset, int n, int flags) {
  bc_file *f = (bc_file *)file;
  return f->real->pMethods->xShmLock(f->real, offset, n, flags);
}
static void x_shm_barrier(sqlite3_file *file) {
  bc_file *f = (bc_file *)file;
  f->real->pMethods->xShmBarrier(f->real);
}
static int x_shm_unmap(sqlite3_file *file, int delete_flag) {
  bc_file *f = (bc_file *)file;
  return f->real->pMethods->xShmUnmap(f->real, delete_flag);
}
static int x_fetch(sqlite3_file *file, sqlite3_int64 off, int n, void **out) {
  bc_file *f = (bc_file *)file;
  if (f->kind != KIND_PLAIN) {
    *out = NULL;
    return SQLITE_OK;
  }
  return f->real->pMethods->xFetch(f->real, off, n, out);
}
static int x_unfetch(sqlite3_file *file, sqlite3_int64 off, void *p) {
  bc_file *f = (bc_file *)file;
  if (f->kind != KIND_PLAIN) return SQLITE_OK;
  return f->real->pMethods->xUnfetch(f->real, off, p);
}

static const sqlite3_io_methods crypt_io = {
  3,          x_close,     x_read,      x_write,       x_truncate,  x_sync,
  x_file_size, x_lock,     x_unlock,    x_check_reserved, x_file_control, x_sector_size,
  x_device_characteristics, x_shm_map, x_shm_lock, x_shm_barrier, x_shm_unmap, x_fetch,
  x_unfetch,
};

// ---- the VFS

/// A main file sealed with `key`: empty (the key block is written now) or starting with that key's block.
static int main_open(bc_file *f, int flags) {
  sqlite3_int64 size = bc_real_size(f);
  if (size < 0) return SQLITE_IOERR_FSTAT;
  if (size == 0) {
    if (!(flags & SQLITE_OPEN_READWRITE)) return SQLITE_OK;
    return bc_real_write(f, f->key->block, H, 0);
  }
  uint8_t head[BC_FIXED];
  if (size < H || bc_real_read(f, head, sizeof head, 0) != SQLITE_OK) return SQLITE_NOTADB;
  if (memcmp(head, BC_MAGIC, BC_MAGIC_SIZE) != 0 || memcmp(head + 32, f->key->key_id, 16) != 0) return SQLITE_NOTADB;
  return SQLITE_OK;
}

/// A plain main file that is in fact sealed, opened with no key: refused before SQLite reads it.
static int refuse_sealed(bc_file *f) {
  uint8_t head[BC_MAGIC_SIZE];
  int rc = bc_real_read(f, head, sizeof head, 0);
  if (rc == SQLITE_OK && memcmp(head, BC_MAGIC, BC_MAGIC_SIZE) == 0) return SQLITE_NOTADB;
  return SQLITE_OK;
}

static int x_open(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags, int *out_flags) {
  (void)vfs;
  bc_file *f = (bc_file *)file;
  memset(f, 0, sizeof *f);
  f->real = (sqlite3_file *)((char *)f + REAL_OFFSET);
  if (name && (flags & SQLITE_OPEN_MAIN_DB)) {
    f->key = bc_key_for_file(name);
    f->kind = f->key ? KIND_MAIN : KIND_PLAIN;
  } else if (name && (flags & (SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL))) {
    f->key = bc_key_for_file(sqlite3_filename_database(name));
    f->kind = !f->key ? KIND_PLAIN : (flags & SQLITE_OPEN_WAL) ? KIND_WAL : KIND_JOURNAL;
  } else if (flags & (SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL |
                      SQLITE_OPEN_TRANSIENT_DB)) {
    f->kind = KIND_TEMP;
    randombytes_buf(f->temp_key, sizeof f->temp_key);
    randombytes_buf(f->temp_nonce, sizeof f->temp_nonce);
  }
  if (f->key) {
    f->page = f->key->page_size;
    f->buf = malloc((size_t)(FRAME_HEADER + f->page));
    if (!f->buf) {
      bc_key_close_file(f->key);
      file->pMethods = NULL;
      return SQLITE_NOMEM;
    }
  }
  int rc = bc_base->xOpen(bc_base, name, f->real, flags, out_flags);
  if (rc == SQLITE_OK && f->kind == KIND_MAIN) rc = main_open(f, flags);
  if (rc == SQLITE_OK && f->kind == KIND_PLAIN && (flags & SQLITE_OPEN_MAIN_DB)) rc = refuse_sealed(f);
  if (rc != SQLITE_OK) {
    if (f->real->pMethods) f->real->pMethods->xClose(f->real);
    free(f->buf);
    if (f->key) bc_key_close_file(f->key);
    file->pMethods = NULL;
    return rc;
  }
  file->pMethods = &crypt_io;
  return SQLITE_OK;
}

static int x_delete(sqlite3_vfs *v, const char *name, int sync_dir) {
  (void)v;
  return bc_base->xDelete(bc_base, name, sync_dir);
}
static int x_access(sqlite3_vfs *v, const char *name, int flags, int *out) {
  (void)v;
  return bc_base->xAccess(bc_base, name, flags, out);
}
static int x_full_pathname(sqlite3_vfs *v, const char *name, int n, char *out) {
  (void)v;
  return bc_base->xFullPathname(bc_base, name, n, out);
}
static void *x_dl_open(sqlite3_vfs *v, const char *name) {
  (void)v;
  return bc_base->xDlOpen(bc_base, name);
}
static void x_dl_error(sqlite3_vfs *v, int n, char *out) {
  (void)v;
  bc_base->xDlError(bc_base, n, out);
}
static void (*x_dl_sym(sqlite3_vfs *v, void *h, const char *sym))(void) {
  (void)v;
  return bc_base->xDlSym(bc_base, h, sym);
}
static void x_dl_close(sqlite3_vfs *v, void *h) {
  (void)v;
  bc_base->xDlClose(bc_base, h);
}
static int x_randomness(sqlite3_vfs *v, int n, char *out) {
  (void)v;
  return bc_base->xRandomness(bc_base, n, out);
}
static int x_sleep(sqlite3_vfs *v, int us) {
  (void)v;
  return bc_base->xSleep(bc_base, us);
}
static int x_current_time(sqlite3_vfs *v, double *out) {
  (void)v;
  return bc_base->xCurrentTime(bc_base, out);
}
static int x_last_error(sqlite3_vfs *v, int n, char *out) {
  (void)v;
  return bc_base->xGetLastError(bc_base, n, out);
}
static int x_current_time64(sqlite3_vfs *v, sqlite3_int64 *out) {
  (void)v;
  return bc_base->xCurrentTimeInt64(bc_base, out);
}

static pthread_once_t installed = PTHREAD_ONCE_INIT;
static int install_result = SQLITE_ERROR;

static void install(void) {
  if (sodium_init() < 0) return;
  bc_base = sqlite3_vfs_find(NULL);
  if (!bc_base) return;
  crypt_vfs.iVersion = 2;
  crypt_vfs.szOsFile = (int)(REAL_OFFSET + (size_t)bc_base->szOsFile);
  crypt_vfs.mxPathname = bc_base->mxPathname;
  crypt_vfs.zName = "bilan-crypt";
  crypt_vfs.xOpen = x_open;
  crypt_vfs.xDelete = x_delete;
  crypt_vfs.xAccess = x_access;
  crypt_vfs.xFullPathname = x_full_pathname;
  crypt_vfs.xDlOpen = x_dl_open;
  crypt_vfs.xDlError = x_dl_error;
  crypt_vfs.xDlSym = x_dl_sym;
  crypt_vfs.xDlClose = x_dl_close;
  crypt_vfs.xRandomness = x_randomness;
  crypt_vfs.xSleep = x_sleep;
  crypt_vfs.xCurrentTime = x_current_time;
  crypt_vfs.xGetLastError = x_last_error;
  crypt_vfs.xCurrentTimeInt64 = x_current_time64;
  install_result = sqlite3_vfs_register(&crypt_vfs, 1);
}

int bilan_crypt_install(void) {
  pthread_once(&installed, install);
  return install_result;
}
