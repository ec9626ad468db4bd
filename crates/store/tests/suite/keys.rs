//! API keys and sessions.

use crate::Ctx;
use nomina_store::{hash_secret, Role, StoreError};

pub fn keys_create_authenticate_revoke(ctx: &mut Ctx) {
    let store = ctx.store();
    let admin = store.create_key("alice", Role::Admin, "cli").unwrap();
    let screen = store
        .create_key("payments-gateway", Role::Screen, "key:1:alice")
        .unwrap();
    assert!(admin.secret.starts_with("nmn_"));
    assert_ne!(admin.secret, screen.secret);
    assert_eq!(admin.key.role, Role::Admin);

    let found = store
        .authenticate(&admin.secret)
        .unwrap()
        .expect("admin authenticates");
    assert_eq!(found, admin.key);
    assert!(found.role.allows(Role::Analyst));
    let s = store
        .authenticate(&screen.secret)
        .unwrap()
        .expect("screen key authenticates");
    assert_eq!(s.role, Role::Screen);
    assert!(!s.role.allows(Role::Analyst));
    assert_eq!(store.authenticate("nmn_wrong").unwrap(), None);
    assert!(matches!(
        store.create_key("  ", Role::Screen, "cli"),
        Err(StoreError::Invalid(_))
    ));

    store.revoke_key(screen.key.id, "key:1:alice").unwrap();
    assert_eq!(store.authenticate(&screen.secret).unwrap(), None);
    store.revoke_key(screen.key.id, "key:1:alice").unwrap(); // idempotent
    assert!(matches!(
        store.revoke_key(9999, "cli"),
        Err(StoreError::NotFound(_))
    ));

    let keys = store.list_keys().unwrap();
    assert_eq!(keys.len(), 2);
    assert!(keys[0].revoked.is_none());
    assert!(keys[1].revoked.is_some());

    let records = super::all_records(store);
    let kinds: Vec<&str> = records.iter().map(|r| r.kind.as_str()).collect();
    assert_eq!(kinds, ["key.create", "key.create", "key.revoke"]);
    for r in &records {
        for secret in [&admin.secret, &screen.secret] {
            assert!(
                !r.payload.contains(secret.as_str()),
                "secret leaked: {}",
                r.payload
            );
            assert!(
                !r.payload.contains(&hash_secret(secret)),
                "hash leaked: {}",
                r.payload
            );
        }
    }
    let payload: serde_json::Value = serde_json::from_str(&records[0].payload).unwrap();
    assert_eq!(payload["name"], "alice");
    assert_eq!(payload["role"], "admin");
    assert_eq!(payload["id"], admin.key.id);
    super::assert_intact(ctx);
}

pub fn sessions_and_expiry(ctx: &mut Ctx) {
    let store = ctx.store();
    let key = store.create_key("bob", Role::Analyst, "cli").unwrap();
    let s = store.create_session(&key.key, 60_000).unwrap();
    assert!(s.token.starts_with("nms_"));
    assert!(s.session.csrf.starts_with("csrf_"));
    let live = store.session(&s.token).unwrap().expect("live session");
    assert_eq!(live, s.session);
    assert_eq!(live.key.id, key.key.id);
    assert_eq!(store.session("nms_unknown").unwrap(), None);

    store.end_session(&s.token).unwrap();
    assert_eq!(store.session(&s.token).unwrap(), None);

    let short = store.create_session(&key.key, 1).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(10));
    assert_eq!(
        store.session(&short.token).unwrap(),
        None,
        "expired session is not returned"
    );
    assert!(matches!(
        store.create_session(&key.key, 0),
        Err(StoreError::Invalid(_))
    ));

    let other = store.create_session(&key.key, 60_000).unwrap();
    store.revoke_key(key.key.id, "cli").unwrap();
    assert_eq!(
        store.session(&other.token).unwrap(),
        None,
        "revoking ends sessions"
    );
    assert!(store.create_session(&key.key, 60_000).is_err());
}
