// The VFS shim: SQLite's default VFS in a bilan process, passing every call to the unix VFS and
// sealing the pages of the files whose journal path holds a key.
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

enum { KIND_PLAIN, KIND_MAIN, KIND_WAL, KIND_JOURNAL, KIND_TEMP };
#define WAL_HEADER 32
#define FRAME_HEADER 24
#define NONCE 24
#define TAG 16
#define R BILAN_CRYPT_RESERVE
#define H BILAN_CRYPT_BLOCK

typedef struct {
  sqlite3_file base;
  sqlite3_file *real;
  int kind;
  bc_key *key;
  sqlite3_int64 page;
  /// One frame (header and page) of scratch.
  uint8_t *buf;
  /// A WAL frame header SQLite wrote alone: it is written with its page, whose nonce masks it.
  int pending;
  sqlite3_int64 pending_at;
  uint8_t pending_header[FRAME_HEADER];
  uint8_t temp_key[32];
  uint8_t temp_nonce[24];
} bc_file;

#define REAL_OFFSET ((sizeof(bc_file) + 15) & ~(size_t)15)

static int real_read(bc_file *f, void *out, int n, sqlite3_int64 at) {
  return f->real->pMethods->xRead(f->real, out, n, at);
}
static int real_write(bc_file *f, const void *in, int n, sqlite3_int64 at) {
  return f->real->pMethods->xWrite(f->real, in, n, at);
}
static sqlite3_int64 real_size(bc_file *f) {
  sqlite3_int64 size = 0;
  if (f->real->pMethods->xFileSize(f->real, &size) != SQLITE_OK) return -1;
  return size;
}

static void put32(uint8_t *p, uint32_t v) {
  for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}
static uint32_t get32be(const uint8_t *p) {
  return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static int failed(bc_file *f, int where, uint32_t page) {
  bc_key_failed(f->key, where, page);
  return SQLITE_IOERR_DATA;
}

// ---- sealing one page image of P bytes

/// Seals `plain` into `out` (both P bytes; may be the same buffer).
static void seal(bc_file *f, uint8_t *out, const uint8_t *plain, const uint8_t *ad, size_t adlen) {
  size_t body = (size_t)f->page - R;
  uint8_t *nonce = out + body, *tag = out + body + NONCE;
  uint8_t fresh[NONCE];
  randombytes_buf(fresh, NONCE);
  crypto_aead_xchacha20poly1305_ietf_encrypt_detached(out, tag, NULL, plain, body, ad, adlen, NULL, fresh,
                                                      f->key->secret);
  memcpy(nonce, fresh, NONCE);
}

/// Opens a sealed image in place; on failure the image is zeroed (nothing unauthenticated leaves).
static int open_sealed(bc_file *f, uint8_t *image, const uint8_t *ad, size_t adlen) {
  size_t body = (size_t)f->page - R;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(image, NULL, image, body, image + body + NONCE, ad, adlen,
                                                          image + body, f->key->secret) != 0) {
    memset(image, 0, (size_t)f->page);
    return 0;
  }
  memset(image + body, 0, R);
  return 1;
}

static void page_ad(uint8_t ad[5], char kind, uint32_t page) {
  ad[0] = (uint8_t)kind;
  put32(ad + 1, page);
}

// ---- main file

/// Reads and opens page `number` into `out`. A page wholly past the end reads as zeros (SQLite asks
/// for such pages while a file grows); one that the end cuts is a damaged file.
static int main_page(bc_file *f, uint8_t *out, uint32_t number) {
  sqlite3_int64 at = H + (sqlite3_int64)(number - 1) * f->page;
  int rc = real_read(f, out, (int)f->page, at);
  if (rc == SQLITE_IOERR_SHORT_READ) {
    sqlite3_int64 size = real_size(f);
    if (size >= 0 && size <= at) return SQLITE_IOERR_SHORT_READ;
    return failed(f, BILAN_CRYPT_IN_MAIN, number);
  }
  if (rc != SQLITE_OK) return rc;
  uint8_t ad[5];
  page_ad(ad, 'D', number);
  return open_sealed(f, out, ad, sizeof ad) ? SQLITE_OK : failed(f, BILAN_CRYPT_IN_MAIN, number);
}

static int main_read(bc_file *f, uint8_t *out, int n, sqlite3_int64 off) {
  sqlite3_int64 P = f->page;
  if (n == P && off % P == 0) return main_page(f, out, (uint32_t)(off / P + 1));
  // Part of a page (SQLite reads the first 100 bytes of page 1 on its own): the whole page is opened.
  int result = SQLITE_OK;
  while (n > 0) {
    uint32_t number = (uint32_t)(off / P + 1);
    int within = (int)(off % P), take = (int)(P - within < n ? P - within : n);
    int rc = main_page(f, f->buf, number);
    if (rc == SQLITE_IOERR_SHORT_READ) {
      memset(out, 0, (size_t)n);
      return SQLITE_IOERR_SHORT_READ;
    }
    if (rc != SQLITE_OK) return rc;
    memcpy(out, f->buf + within, (size_t)take);
    out += take;
    n -= take;
    off += take;
  }
  return result;
}

/// Page 1 must say the page size and reserve the key block was made for, or its pages cannot be sealed.
static int page_one_fits(bc_file *f, const uint8_t *plain) {
  uint32_t size = ((uint32_t)plain[16] << 8) | plain[17];
  if (size == 1) size = 65536;
  return size == f->page && plain[20] == R;
}

static int main_write_page(bc_file *f, const uint8_t *plain, uint32_t number) {
  if (number == 1 && !page_one_fits(f, plain)) {
    sqlite3_log(SQLITE_IOERR_WRITE, "bilan-crypt: page 1 does not reserve %d bytes of %lld", R, f->page);
    return SQLITE_IOERR_WRITE;
  }
  uint8_t ad[5];
  page_ad(ad, 'D', number);
  seal(f, f->buf, plain, ad, sizeof ad);
  return real_write(f, f->buf, (int)f->page, H + (sqlite3_int64)(number - 1) * f->page);
}

static int main_write(bc_file *f, const uint8_t *in, int n, sqlite3_int64 off) {
  sqlite3_int64 P = f->page;
  if (n == P && off % P == 0) return main_write_page(f, in, (uint32_t)(off / P + 1));
  // Part of a page: read, patch, seal again.
  uint8_t *page = sodium_malloc((size_t)P);
  if (!page) return SQLITE_NOMEM;
  int rc = SQLITE_OK;
  while (n > 0 && rc == SQLITE_OK) {
    uint32_t number = (uint32_t)(off / P + 1);
    int within = (int)(off % P), take = (int)(P - within < n ? P - within : n);
    rc = main_page(f, page, number);
    if (rc == SQLITE_IOERR_SHORT_READ) rc = SQLITE_OK;  // a new page: zeros
    if (rc != SQLITE_OK) break;
    memcpy(page + within, in, (size_t)take);
    rc = main_write_page(f, page, number);
    in += take;
    n -= take;
    off += take;
  }
  sodium_free(page);
  return rc;
}

// ---- WAL

static sqlite3_int64 frame_size(bc_file *f) { return FRAME_HEADER + f->page; }

/// The 8 bytes that hide a frame header's checksum: a key stream of the mask key and the page's nonce.
static void checksum_mask(bc_file *f, const uint8_t *nonce, uint8_t mask[8]) {
  crypto_stream_xchacha20(mask, 8, nonce, f->key->secret + 32);
}

static void frame_ad(uint8_t ad[1 + FRAME_HEADER], const uint8_t *header) {
  ad[0] = 'W';
  memcpy(ad + 1, header, FRAME_HEADER);
}

/// Reads frame `index` (header then page) into f->buf, opened. SQLITE_IOERR_SHORT_READ past the end.
static int wal_frame(bc_file *f, sqlite3_int64 index) {
  sqlite3_int64 at = WAL_HEADER + index * frame_size(f);
  int rc = real_read(f, f->buf, (int)frame_size(f), at);
  if (rc == SQLITE_IOERR_SHORT_READ) {
    sqlite3_int64 size = real_size(f);
    if (size >= 0 && size <= at) return SQLITE_IOERR_SHORT_READ;
  }
  uint32_t number = get32be(f->buf);
  if (rc == SQLITE_IOERR_SHORT_READ) return failed(f, BILAN_CRYPT_IN_WAL, number);
  if (rc != SQLITE_OK) return rc;
  uint8_t *page = f->buf + FRAME_HEADER, mask[8], ad[1 + FRAME_HEADER];
  checksum_mask(f, page + f->page - R, mask);
  for (int i = 0; i < 8; i++) f->buf[16 + i] ^= mask[i];
  frame_ad(ad, f->buf);
  return open_sealed(f, page, ad, sizeof ad) ? SQLITE_OK : failed(f, BILAN_CRYPT_IN_WAL, number);
}

/// Writes one whole frame: `header` as SQLite made it, `plain` its page.
static int wal_write_frame(bc_file *f, sqlite3_int64 index, const uint8_t *header, const uint8_t *plain) {
  uint8_t ad[1 + FRAME_HEADER], mask[8];
  frame_ad(ad, header);
  uint8_t *page = f->buf + FRAME_HEADER;
  seal(f, page, plain, ad, sizeof ad);
  memcpy(f->buf, header, FRAME_HEADER);
  checksum_mask(f, page + f->page - R, mask);
  for (int i = 0; i < 8; i++) f->buf[16 + i] ^= mask[i];
  return real_write(f, f->buf, (int)frame_size(f), WAL_HEADER + index * frame_size(f));
}

/// A header written alone (SQLite rewrites checksums at commit): its page is opened and sealed again
/// under the new header.
static int wal_flush(bc_file *f) {
  if (!f->pending) return SQLITE_OK;
  f->pending = 0;
  sqlite3_int64 index = (f->pending_at - WAL_HEADER) / frame_size(f);
  int rc = wal_frame(f, index);
  if (rc != SQLITE_OK) return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_WRITE : rc;
  uint8_t *plain = sodium_malloc((size_t)f->page);
  if (!plain) return SQLITE_NOMEM;
  memcpy(plain, f->buf + FRAME_HEADER, (size_t)f->page);
  rc = wal_write_frame(f, index, f->pending_header, plain);
  sodium_free(plain);
  return rc;
}

static int wal_write(bc_file *f, const uint8_t *in, int n, sqlite3_int64 off) {
  sqlite3_int64 F = frame_size(f);
  if (off + n <= WAL_HEADER) {
    int rc = wal_flush(f);
    return rc == SQLITE_OK ? real_write(f, in, n, off) : rc;
  }
  if (off < WAL_HEADER) return SQLITE_IOERR_WRITE;
  sqlite3_int64 index = (off - WAL_HEADER) / F, within = (off - WAL_HEADER) % F;
  if (n == FRAME_HEADER && within == 0) {
    int rc = f->pending && f->pending_at != off ? wal_flush(f) : SQLITE_OK;
    if (rc != SQLITE_OK) return rc;
    memcpy(f->pending_header, in, FRAME_HEADER);
    f->pending_at = off;
    f->pending = 1;
    return SQLITE_OK;
  }
  if (n == F && within == 0) {
    int rc = wal_flush(f);
    return rc == SQLITE_OK ? wal_write_frame(f, index, in, in + FRAME_HEADER) : rc;
  }
  if (n == f->page && within == FRAME_HEADER) {
    uint8_t header[FRAME_HEADER];
    if (f->pending && f->pending_at == off - FRAME_HEADER) {
      memcpy(header, f->pending_header, FRAME_HEADER);
      f->pending = 0;
    } else {
      // A page of this transaction written again in place: its header is the one on disk.
      int rc = wal_flush(f);
      if (rc == SQLITE_OK) rc = wal_frame(f, index);
      if (rc != SQLITE_OK) return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_WRITE : rc;
      memcpy(header, f->buf, FRAME_HEADER);
    }
    return wal_write_frame(f, index, header, in);
  }
  sqlite3_log(SQLITE_IOERR_WRITE, "bilan-crypt: a WAL write of %d bytes at %lld", n, off);
  return SQLITE_IOERR_WRITE;
}

static int wal_read(bc_file *f, uint8_t *out, int n, sqlite3_int64 off) {
  int rc = wal_flush(f);
  if (rc != SQLITE_OK) return rc;
  if (off < WAL_HEADER) {
    int take = (int)(WAL_HEADER - off < n ? WAL_HEADER - off : n);
    rc = real_read(f, out, take, off);
    if (rc != SQLITE_OK || take == n) return rc;
    out += take;
    n -= take;
    off += take;
  }
  sqlite3_int64 F = frame_size(f);
  while (n > 0) {
    sqlite3_int64 index = (off - WAL_HEADER) / F, within = (off - WAL_HEADER) % F;
    int take = (int)(F - within < n ? F - within : n);
    rc = wal_frame(f, index);
    if (rc == SQLITE_IOERR_SHORT_READ) {
      memset(out, 0, (size_t)n);
      return rc;
    }
    if (rc != SQLITE_OK) return rc;
    memcpy(out, f->buf + within, (size_t)take);
    out += take;
    n -= take;
    off += take;
  }
  return SQLITE_OK;
}

// ---- rollback journal: a record is the page number (4 bytes), the page image, a checksum (4 bytes)

/// The page number SQLite wrote just before an image at `off`.
static int journal_page_number(bc_file *f, sqlite3_int64 off, uint8_t ad[5]) {
  uint8_t number[4];
  int rc = real_read(f, number, 4, off - 4);
  if (rc != SQLITE_OK) return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_READ : rc;
  page_ad(ad, 'J', get32be(number));
  return SQLITE_OK;
}

static int journal_write(bc_file *f, const uint8_t *in, int n, sqlite3_int64 off) {
  // Headers are one sector (512 bytes: see xSectorSize), never a page: only images are this size.
  if (n != f->page || off < 4) return real_write(f, in, n, off);
  uint8_t ad[5];
  int rc = journal_page_number(f, off, ad);
  if (rc != SQLITE_OK) return rc;
  seal(f, f->buf, in, ad, sizeof ad);
  return real_write(f, f->buf, n, off);
}

static int journal_read(bc_file *f, uint8_t *out, int n, sqlite3_int64 off) {
  int rc = real_read(f, out, n, off);
  if (rc != SQLITE_OK || n != f->page || off < 4) return rc;
  uint8_t ad[5];
  rc = journal_page_number(f, off, ad);
  if (rc != SQLITE_OK) return rc;
  uint32_t number = ad[1] | (uint32_t)ad[2] << 8 | (uint32_t)ad[3] << 16 | (uint32_t)ad[4] << 24;
  return open_sealed(f, out, ad, sizeof ad) ? SQLITE_OK : failed(f, BILAN_CRYPT_IN_JOURNAL, number);
}

// ---- temporary files: any size at any offset, so a key stream (they are never read after a crash)

static void temp_stream(bc_file *f, uint8_t *data, int n, sqlite3_int64 off) {
  uint8_t stream[4096];
  while (n > 0) {
    int skip = (int)(off % 64);
    int take = (int)sizeof stream - skip < n ? (int)sizeof stream - skip : n;
    memset(stream, 0, (size_t)(skip + take));
    crypto_stream_xchacha20_xor_ic(stream, stream, (unsigned long long)(skip + take), f->temp_nonce,
                                   (uint64_t)(off / 64), f->temp_key);
    for (int i = 0; i < take; i++) data[i] ^= stream[skip + i];
    data += take;
    n -= take;
    off += take;
  }
  sodium_memzero(stream, sizeof stream);
}

static int temp_write(bc_file *f, const uint8_t *in, int n, sqlite3_int64 off) {
  uint8_t *copy = malloc((size_t)n);
  if (!copy) return SQLITE_NOMEM;
  memcpy(copy, in, (size_t)n);
  temp_stream(f, copy, n, off);
  int rc = real_write(f, copy, n, off);
  free(copy);
  return rc;
}

// ---- io methods

static int x_close(sqlite3_file *file) {
  bc_file *f = (bc_file *)file;
  int rc = f->kind == KIND_WAL ? wal_flush(f) : SQLITE_OK;
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
    case KIND_MAIN: return main_read(f, out, n, off);
    case KIND_WAL: return wal_read(f, out, n, off);
    case KIND_JOURNAL: return journal_read(f, out, n, off);
    case KIND_TEMP: {
      int rc = real_read(f, out, n, off);
      if (rc == SQLITE_OK) temp_stream(f, out, n, off);
      return rc;
    }
    default: return real_read(f, out, n, off);
  }
}

static int x_write(sqlite3_file *file, const void *in, int n, sqlite3_int64 off) {
  bc_file *f = (bc_file *)file;
  switch (f->kind) {
    case KIND_MAIN: return main_write(f, in, n, off);
    case KIND_WAL: return wal_write(f, in, n, off);
    case KIND_JOURNAL: return journal_write(f, in, n, off);
    case KIND_TEMP: return temp_write(f, in, n, off);
    default: return real_write(f, in, n, off);
  }
}

static int x_truncate(sqlite3_file *file, sqlite3_int64 size) {
  bc_file *f = (bc_file *)file;
  if (f->kind == KIND_WAL) {
    if (f->pending && f->pending_at >= size) f->pending = 0;
    int rc = wal_flush(f);
    if (rc != SQLITE_OK) return rc;
  }
  return f->real->pMethods->xTruncate(f->real, f->kind == KIND_MAIN ? size + H : size);
}

static int x_sync(sqlite3_file *file, int flags) {
  bc_file *f = (bc_file *)file;
  int rc = f->kind == KIND_WAL ? wal_flush(f) : SQLITE_OK;
  return rc == SQLITE_OK ? f->real->pMethods->xSync(f->real, flags) : rc;
}

static int x_file_size(sqlite3_file *file, sqlite3_int64 *size) {
  bc_file *f = (bc_file *)file;
  if (f->kind == KIND_WAL) {
    int rc = wal_flush(f);
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
  sqlite3_int64 size = real_size(f);
  if (size < 0) return SQLITE_IOERR_FSTAT;
  if (size == 0) {
    if (!(flags & SQLITE_OPEN_READWRITE)) return SQLITE_OK;
    return real_write(f, f->key->block, H, 0);
  }
  uint8_t head[BC_FIXED];
  if (size < H || real_read(f, head, sizeof head, 0) != SQLITE_OK) return SQLITE_NOTADB;
  if (memcmp(head, BC_MAGIC, BC_MAGIC_SIZE) != 0 || memcmp(head + 32, f->key->key_id, 16) != 0) return SQLITE_NOTADB;
  return SQLITE_OK;
}

/// A plain main file that is in fact sealed, opened with no key: refused before SQLite reads it.
static int refuse_sealed(bc_file *f) {
  uint8_t head[BC_MAGIC_SIZE];
  int rc = real_read(f, head, sizeof head, 0);
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
