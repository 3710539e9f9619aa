/** The options of an artist select: none chosen yet, or "Loading…" while the artists are on their way. */
export function ArtistOptions({ artists }: { artists: { id: string; name: string }[] | null }) {
  return (
    <>
      <option value="">{artists ? '—' : 'Loading…'}</option>
      {artists?.map((artist) => (
        <option key={artist.id} value={artist.id}>
          {artist.name}
        </option>
      ))}
    </>
  );
}
