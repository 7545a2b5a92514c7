/*
 * utf8: validating and encoding UTF-8 without a locale.
 */

size_t	 utf8_valid(const unsigned char *, size_t);
uint32_t utf8_decode(const unsigned char *, size_t, size_t *);
size_t	 utf8_encode(uint32_t, char *);
