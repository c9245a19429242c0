"""The offline directory of crisis lines, emergency numbers and other resources.

Public API (import from the submodules; this package stays import-light so that
``companion resources validate`` starts fast):

- ``models``: Service, Phone, Sms, Hours, OpeningSpan, Source, Country, SearchQuery,
  Category, Channel, INTERNATIONAL.
- ``directory``: Directory (load, load_bundled, countries, country_name, emergency,
  for_country, international, search, get, merged_with, services), load_bundled(),
  country_name(), normalise(), LANGUAGE_NAMES.
- ``validate`` / ``schema``: validate_document(doc) -> list[str],
  parse_document(doc, source) -> list[Service] (raises ResourceDataError).
- ``hours``: open_state(service, now) -> bool | None, next_change(service, now).
- ``links``: tel_uri, sms_uri, qr_payload, copy_text.
- ``locale``: country_from_locale(name).
- ``packs``: PackLocations, discover_packs, read_pack, load_with_packs, load_directory.
- ``cli``: validate_command(path, out) -> exit code.
"""
