//! CIN protection lives in `musharaka-identity` (shared with access-to-information
//! requests); re-exported here so petitions' code keeps its path.

pub use musharaka_identity::protect::*;
