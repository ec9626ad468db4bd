//! The connection loop: what `axum::serve` does, with hyper's HTTP/1 builder exposed so
//! that connections are bounded in time. hyper's header-read timer runs whenever a
//! connection waits for a request's head — the first one, and each next one on a keep-alive
//! connection — so [`Limits::header_timeout`] closes both a client that sends half its
//! headers and stalls, and an idle keep-alive connection. Body stalls and whole requests are
//! bounded by the router's layers ([`crate::bounded`]). Shutdown is graceful: the listener
//! closes, idle connections close, requests in flight finish.

use crate::state::{Limits, ACCEPT_ERROR_PAUSE};
use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use tokio::net::TcpListener;

/// The HTTP/1 connection settings of every connection.
pub fn http1_builder(limits: &Limits) -> http1::Builder {
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(true);
    builder
}

/// Accepts and serves connections until `shutdown` completes, then waits for the requests
/// in flight to finish.
pub async fn serve_connections(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let builder = http1_builder(&limits);
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => {
                    // Small answers go out at once rather than waiting for Nagle's timer.
                    let _ = stream.set_nodelay(true);
                    let service = TowerToHyperService::new(app.clone());
                    let connection = builder.serve_connection(TokioIo::new(stream), service);
                    let watched = graceful.watch(connection);
                    tokio::spawn(async move {
                        if let Err(e) = watched.await {
                            tracing::debug!(error = %e, "connection ended with an error");
                        }
                    });
                }
                Err(e) => {
                    // Too many open files and the like: pause rather than spin.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(ACCEPT_ERROR_PAUSE).await;
                }
            },
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}
