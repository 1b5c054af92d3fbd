/* context_words.h - hotword tables (internal). */
#ifndef PII_CONTEXT_WORDS_H
#define PII_CONTEXT_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "pii.h"

#define HOTWORD_MAX_WORDS 4

typedef struct hotword {
    const char *w[HOTWORD_MAX_WORDS]; /* folded words; unused slots NULL */
    uint32_t entities; /* bit per entity this phrase speaks for */
} hotword;

/* Each table is sorted by its first word (strcmp order). */
extern const hotword hotwords[];
extern const size_t hotword_count;
extern const hotword us_words[];
extern const size_t us_word_count;
extern const hotword version_words[];
extern const size_t version_word_count;
extern const hotword other_labels[];
extern const size_t other_label_count;
/* Phrases that name a table's column only (a header's "msisdn",
 * "a_number"): as words of text they would be too common, or cost the
 * hotword gate more than they find. */
extern const hotword column_names[];
extern const size_t column_name_count;

#endif
