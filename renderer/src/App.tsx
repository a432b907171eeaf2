// The app shell.
export function App() {
  return (
    <main>
      <h1>Prepnote</h1>
    </main>
  );
}
