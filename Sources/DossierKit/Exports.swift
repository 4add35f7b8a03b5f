// The records a front end reads and writes (claims, documents, queries, the model's figures and
// the query layer's groups and traces) come with the facade, so a front end depends on DossierKit
// alone and never names the SQLite store's module. The storage seam (#17) moves the records to a
// neutral target; these re-exports keep front ends unchanged when it does.
@_exported public import DossierModel
@_exported public import DossierQuery
@_exported public import DossierStorage
