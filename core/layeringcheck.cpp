// Linked with every object of corkboard_core and without Qt Widgets: if core ever references a
// widget symbol, this program fails to link and so does the build.
int main()
{
    return 0;
}
