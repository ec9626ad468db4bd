//! Handing the memory a large request freed back to the system.
//!
//! glibc's allocator keeps freed memory in the arena of the thread that freed it, and the
//! service's blocking threads each get an arena. A scan of a 2 MB document frees some
//! 160 MB when it ends; without a trim, that memory stays with the thread, and the next
//! large request, on another thread, takes as much again (the service answering the same
//! pasted list twice peaked at 424 MB instead of 284 MB).

use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

/// Request body size from which the memory a request freed is handed back: a news
/// article or a screening of a few names frees a few hundred kilobytes, which the
/// allocator does well to keep for the next request; a 2 MB document, a batch of
/// thousands of names or a customer file frees a hundred times more.
pub const TRIM_AFTER_BODY_BYTES: usize = 256 * 1024;

/// Whether a request whose body was `body_bytes` long freed enough to be worth a trim.
pub fn worth_trimming(body_bytes: usize) -> bool {
    body_bytes >= TRIM_AFTER_BODY_BYTES
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

/// Middleware: once a request whose declared body (`Content-Length`) is
/// [`worth_trimming`] has been answered, a trim, off the async threads and without
/// delaying the answer. A body sent without a length is not trimmed after.
pub async fn trim_after_large_requests(req: Request, next: Next) -> Response {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let response = next.run(req).await;
    if worth_trimming(declared) {
        tokio::task::spawn_blocking(trim);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_large_bodies_are_worth_a_trim() {
        assert!(!worth_trimming(20_000));
        assert!(!worth_trimming(TRIM_AFTER_BODY_BYTES - 1));
        assert!(worth_trimming(TRIM_AFTER_BODY_BYTES));
        assert!(worth_trimming(2_000_000));
    }
}
