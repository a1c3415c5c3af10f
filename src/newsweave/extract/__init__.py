"""extract: what one article says (quotations, quantities, dates, entities), with spans."""
