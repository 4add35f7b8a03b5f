-- 0011: a narrow index of what search filters and facets read from each matching document.
-- Never edit this file once shipped: add a new numbered file instead.
--
-- A search page counts its matches by kind and by publisher, and a filtered search checks each
-- match's kind, date and publisher. Read from the table, every match costs a page of its own (a
-- document row holds its whole text); read from this index, a page holds a hundred matches. On
-- 105,000 documents, counting the kinds of a word in every document went from 343 ms to 84 ms.
CREATE INDEX documents_facets ON documents(id, kind, published, publisher);
