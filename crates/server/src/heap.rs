//! Handing the memory a large request freed back to the system.
//!
//! glibc's allocator keeps freed memory in the arena of the thread that freed it, and the
//! service's blocking threads each get an arena. A scan of a 2 MB document frees some
//! 160 MB when it ends; without a trim, that memory stays with the thread, and the next
//! large request, on another thread, takes as much again (the service answering the same
//! pasted list twice peaked at 369 MB instead of 281 MB).

/// Text length from which a scan's freed memory is handed back: a news article frees a
/// few hundred kilobytes, which the allocator does well to keep for the next request.
pub const TRIM_AFTER_TEXT_BYTES: usize = 256 * 1024;

/// Whether a request that read `text_bytes` of text freed enough to be worth a trim.
pub fn worth_trimming(text_bytes: usize) -> bool {
    text_bytes >= TRIM_AFTER_TEXT_BYTES
}

/// Returns the free memory of every arena to the system (glibc's `malloc_trim`); nothing
/// elsewhere. Takes milliseconds on a large heap: call it off the async threads.
pub fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks the allocator's own free lists under its locks; it
    // takes and returns no pointers.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// After a request that read `text_bytes` of text: a trim, off the async threads and
/// without waiting for it, when [`worth_trimming`].
pub fn trim_after_request(text_bytes: usize) {
    if worth_trimming(text_bytes) {
        tokio::task::spawn_blocking(trim);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_large_texts_are_worth_a_trim() {
        assert!(!worth_trimming(20_000));
        assert!(!worth_trimming(TRIM_AFTER_TEXT_BYTES - 1));
        assert!(worth_trimming(TRIM_AFTER_TEXT_BYTES));
        assert!(worth_trimming(2_000_000));
    }
}
