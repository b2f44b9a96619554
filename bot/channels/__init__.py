"""The channels children and staff reach hearme by: each decodes its input and renders replies."""
