//! powermap: who really decides in a customer's buying organization.
//!
//! A map (people, units, reporting lines, influence and acquaintance ties, each person
//! with purchase roles, stance and our relationship stage) is loaded and checked by
//! [`load`], built into a graph by [`graph::OrgGraph`], and analysed, drawn and graded
//! by the modules below. The binary `powermap` is a thin layer over this library.
//!
//! ```
//! let loaded = powermap::load::load(&powermap::load::MapSource::Embedded).unwrap();
//! let graph = powermap::graph::OrgGraph::new(&loaded.map);
//! assert!(graph.graph.node_count() > 5);
//! ```
pub mod analysis;
pub mod check;
pub mod diag;
pub mod generate;
pub mod graph;
pub mod i18n;
pub mod lists;
pub mod load;
pub mod model;
pub mod naming;
pub mod output;
pub mod par;
pub mod portfolio;
pub mod render;
pub mod report;
pub mod schema;
pub mod serve;
pub mod sheets;
pub mod train;
pub mod vocab;
pub mod whatif;
