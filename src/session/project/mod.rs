//! A project: the editing sessions open together, by ID.
//!
//! For now a project is what the app has open (one session at a time in the window);
//! the projects feature (a folder of documents with attributes and a shared
//! codebook) builds on this type. Commands name the session they act on by its
//! [`SessionId`], so a command queued for one document never lands on another that
//! was opened in the meantime.

use std::collections::BTreeMap;
use std::fmt;

use super::Session;

/// A session's ID within its [`Project`]: never reused, so a stale ID finds nothing
/// rather than another document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SessionId(u64);

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "session {}", self.0)
    }
}

/// Sessions by ID, in the order they were opened.
#[derive(Default)]
pub struct Project {
    sessions: BTreeMap<SessionId, Session>,
    last_id: u64,
}

impl Project {
    /// Adds a session; returns its new ID.
    pub fn insert(&mut self, session: Session) -> SessionId {
        self.last_id += 1;
        let id = SessionId(self.last_id);
        self.sessions.insert(id, session);
        id
    }

    /// Removes a session and returns it.
    pub fn remove(&mut self, id: SessionId) -> Option<Session> {
        self.sessions.remove(&id)
    }

    /// The session with this ID.
    pub fn get(&self, id: SessionId) -> Option<&Session> {
        self.sessions.get(&id)
    }

    /// The session with this ID, to change it (through its edit operations).
    pub fn get_mut(&mut self, id: SessionId) -> Option<&mut Session> {
        self.sessions.get_mut(&id)
    }

    /// Every session with its ID, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = (SessionId, &Session)> {
        self.sessions.iter().map(|(id, s)| (*id, s))
    }

    /// How many sessions are open.
    pub fn len(&self) -> usize {
        self.sessions.len()
    }

    /// Whether no session is open.
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }

    /// Whether any session has unsaved changes.
    pub fn is_modified(&self) -> bool {
        self.sessions.values().any(Session::is_modified)
    }
}
