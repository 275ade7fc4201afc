#ifndef CSIYUFS_H
#define CSIYUFS_H

/// Atomically exchanges two paths (both must exist): Linux renameat2(RENAME_EXCHANGE), macOS renamex_np(RENAME_SWAP).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where the file system cannot do it).
int siyu_exchange_paths(const char *first, const char *second);

#endif
